package com.branchmate.bot.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.embedding.Embedder;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.search.PassageVectors;
import com.branchmate.knowledge.store.KnowledgeStore;

/**
 * The knowledge store on the real database (H2 here, MariaDB in CI): documents with their passages and embeddings
 * round-trip, a new version replaces its passages, delete takes them away, and a second instance over the same
 * database sees each change without embedding anything again.
 */
@BotTest
@Tag("persistence")
class JdbcKnowledgeStoreTest {

    @Autowired
    KbMapper mapper;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    /** Counts what it embeds, so the test can tell that the second instance only read. */
    static final class CountingEmbedder implements Embedder {
        int embedded;

        @Override
        public String modelName() {
            return "counting";
        }

        @Override
        public float[] embedQuery(String query) {
            return vector(query);
        }

        @Override
        public List<float[]> embedPassages(List<String> passages, Progress progress) {
            embedded += passages.size();
            return passages.stream().map(CountingEmbedder::vector).toList();
        }

        private static float[] vector(String text) {
            float[] v = new float[16];
            text.chars().forEach(c -> v[c % 16] += 1);
            return v;
        }
    }

    private KnowledgeBase instance(CountingEmbedder embedder) {
        KnowledgeStore store = new JdbcKnowledgeStore(mapper, new TransactionTemplate(transactions));
        return new KnowledgeBase(store, embedder, new DocumentReader(1 << 20), new Chunker(60), Clock.systemUTC(),
                Duration.ZERO);
    }

    @Test
    void twoInstancesShareDocumentsThroughTheDatabase() {
        CountingEmbedder firstEmbedder = new CountingEmbedder();
        CountingEmbedder secondEmbedder = new CountingEmbedder();
        KnowledgeBase first = instance(firstEmbedder);
        KnowledgeBase second = instance(secondEmbedder);
        String title = Fixtures.unique("投诉手册");
        String word = Fixtures.unique("暗号").replace("-", "");

        var added = first.ingest("complaints.md", ("# " + title + "\n## 时限\n投诉二十四小时内回复，" + word + "。\n## 记录\n"
                + "每一步都记下时间和经过，便于复盘和改进服务。").getBytes(StandardCharsets.UTF_8), null, "admin", false);
        long id = added.document().id();

        assertThat(second.search(word, 3)).extracting(h -> h.passage().title()).contains(title);
        assertThat(secondEmbedder.embedded).isZero();
        float[] stored = mapper.findChunks(id).get(0).embedding() == null ? null
                : JdbcKnowledgeStore.floats(mapper.findChunks(id).get(0).embedding());
        // the passage's vector, then one for each of its sentences
        String firstChunk = mapper.findChunks(id).get(0).body();
        assertThat(stored).hasSize(16 * (1 + PassageVectors.sentences(firstChunk).size())).isNotEqualTo(new float[16]);
        assertThat(PassageVectors.sentences(firstChunk)).isNotEmpty();

        first.ingest("complaints-v2.md", ("# " + title + "\n## 时限\n投诉十二小时内回复。").getBytes(StandardCharsets.UTF_8),
                null, "admin", false);
        assertThat(jdbc.queryForList("select body from kb_chunk where document_id = ?", String.class, id))
                .containsExactly("投诉十二小时内回复。");
        assertThat(second.search(word, 10)).extracting(h -> h.passage().text()).noneMatch(t -> t.contains(word));
        assertThat(second.search("投诉十二小时", 3)).extracting(h -> h.passage().documentId()).contains(id);

        assertThat(second.delete(id)).isTrue();
        assertThat(first.search("投诉十二小时", 3)).extracting(h -> h.passage().documentId()).doesNotContain(id);
        assertThat(jdbc.queryForObject("select count(*) from kb_chunk where document_id = ?", Integer.class, id)).isZero();
    }
}
