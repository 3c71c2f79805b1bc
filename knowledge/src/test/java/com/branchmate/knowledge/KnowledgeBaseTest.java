package com.branchmate.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.branchmate.knowledge.embedding.Embedder;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.answer.Relevance;
import com.branchmate.knowledge.search.Hit;
import com.branchmate.knowledge.search.RelevanceModel;
import com.branchmate.knowledge.search.SearchMode;
import com.branchmate.knowledge.store.InMemoryKnowledgeStore;

class KnowledgeBaseTest {

    private final InMemoryKnowledgeStore store = new InMemoryKnowledgeStore();
    private final HashingEmbedder embedder = new HashingEmbedder();
    private final KnowledgeBase knowledge = knowledgeOn(store);

    private KnowledgeBase knowledgeOn(InMemoryKnowledgeStore on) {
        return new KnowledgeBase(on, embedder, new DocumentReader(1 << 20), new Chunker(80), Clock.systemUTC(),
                Duration.ZERO);
    }

    private static byte[] md(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameFileIsIndexedOnceAndANewVersionReplacesItsPassages() {
        var first = knowledge.ingest("visits.md", md("# 拜访\n每周和网点负责人沟通一小时，先谈目标再谈支持。"), null, "admin", false);
        int embedded = embedder.passagesEmbedded();
        var again = knowledge.ingest("visits-copy.md", md("# 拜访\n每周和网点负责人沟通一小时，先谈目标再谈支持。"), null, "admin", false);
        var changed = knowledge.ingest("visits.md", md("# 拜访\n每两周和网点负责人沟通一次，每次带上业绩数据。"), null, "admin", false);

        assertThat(first.outcome()).isEqualTo(KnowledgeBase.Outcome.ADDED);
        assertThat(again.outcome()).isEqualTo(KnowledgeBase.Outcome.UNCHANGED);
        assertThat(again.document().id()).isEqualTo(first.document().id());
        assertThat(changed.outcome()).isEqualTo(KnowledgeBase.Outcome.REPLACED);
        assertThat(changed.document().id()).isEqualTo(first.document().id());
        assertThat(embedder.passagesEmbedded()).isGreaterThan(embedded);
        assertThat(knowledge.documents()).hasSize(1);
        assertThat(knowledge.search("网点负责人沟通", 5)).extracting(h -> h.passage().text())
                .containsExactly("每两周和网点负责人沟通一次，每次带上业绩数据。");
    }

    @Test
    void aPassageIsJudgedByItsClosestSentenceWhenTheRestIsAboutOtherThings() {
        KnowledgeBase wide = new KnowledgeBase(new InMemoryKnowledgeStore(), embedder, new DocumentReader(1 << 20),
                new Chunker(300), Clock.systemUTC(), Duration.ZERO);
        wide.ingest("mixed.md", md("# 网点杂项\n保安每天早上检查门口的消防通道。柜台的打印纸放在第二个抽屉里。"
                + "大堂的绿植每周浇一次水。客户投诉要在二十四小时内回复。停车位留给来办业务的客户。"
                + "宣传折页每月初更换一次。饮水机的桶装水由物业每周二送来。等候区的椅子每天擦拭。"
                + "叫号机的纸卷不够时找值班经理领取。自助设备旁边放一张操作指引。雨天在门口放伞架和防滑垫。"
                + "晚上离开前关掉广告屏和空调。"), null, "admin", false);

        Hit hit = wide.search("投诉多久要回复", 1).get(0);

        assertThat(hit.relevance()).isGreaterThanOrEqualTo(Relevance.THRESHOLD);
        assertThat(RelevanceModel.relevance(hit.similarity(), hit.coverage()))
                .as("the passage as a whole is not close enough").isLessThan(Relevance.THRESHOLD);
    }

    @Test
    void deletedDocumentsLeaveTheIndex() {
        var doc = knowledge.ingest("a.md", md("# 晨会\n晨会十五分钟，讲结果、目标、技巧和鼓励。"), null, "admin", false);
        knowledge.ingest("b.md", md("# 投诉\n投诉要在二十四小时内回复，并记录处理经过。"), null, "admin", false);

        knowledge.delete(doc.document().id());

        assertThat(knowledge.search("晨会", 5)).extracting(h -> h.passage().title()).doesNotContain("晨会");
        assertThat(knowledge.index().size()).isEqualTo(1);
    }

    @Test
    void anotherInstanceOnTheSameStoreSeesNewDocumentsWithoutReembedding() {
        KnowledgeBase other = knowledgeOn(store);
        assertThat(other.search("投诉", 5)).isEmpty();

        knowledge.ingest("b.md", md("# 投诉\n投诉要在二十四小时内回复，并记录处理经过。"), null, "admin", false);
        int embedded = embedder.passagesEmbedded();

        List<Hit> hits = other.search("投诉多久回复", 5);
        assertThat(hits).extracting(h -> h.passage().title()).containsExactly("投诉");
        assertThat(embedder.passagesEmbedded()).isEqualTo(embedded);
    }

    @Test
    void searchesWhileTheFirstLoadRunsWaitForItInsteadOfFindingNothing() throws Exception {
        knowledge.ingest("b.md", md("# 投诉\n投诉要在二十四小时内回复，并记录处理经过。"), null, "admin", false);
        // Another model's store makes the first load embed again, where it is held until released.
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Embedder held = new Embedder() {
            @Override
            public String modelName() {
                return "held";
            }

            @Override
            public float[] embedQuery(String query) {
                return embedder.embedQuery(query);
            }

            @Override
            public List<float[]> embedPassages(List<String> passages, Progress progress) {
                loading.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return embedder.embedPassages(passages, progress);
            }
        };
        KnowledgeBase restarted = new KnowledgeBase(store, held, new DocumentReader(1 << 20), new Chunker(80),
                Clock.systemUTC(), Duration.ofHours(1));
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            threads.submit(restarted::refresh);
            loading.await();
            Thread[] first = new Thread[1];
            Future<List<Hit>> firstSearch = threads.submit(() -> {
                first[0] = Thread.currentThread();
                return restarted.search("投诉多久回复", 5);
            });
            await().until(() -> first[0] != null && first[0].getState() == Thread.State.BLOCKED);
            Future<List<Hit>> secondSearch = threads.submit(() -> restarted.search("投诉多久回复", 5));

            release.countDown();

            assertThat(firstSearch.get()).extracting(h -> h.passage().title()).containsExactly("投诉");
            assertThat(secondSearch.get()).extracting(h -> h.passage().title()).containsExactly("投诉");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void hybridFindsWhatEitherKeywordOrVectorSearchFinds() {
        knowledge.ingest("a.md", md("# 沙龙\n## 邀约\n理财沙龙提前一周电话邀约，前一天再确认。"), null, "admin", false);
        knowledge.ingest("b.md", md("# 异议\n## 收益低\n客户说收益低，先认同感受，再讲确定性。"), null, "admin", false);

        assertThat(knowledge.search("沙龙邀约", 1, SearchMode.KEYWORD).get(0).passage().title()).isEqualTo("沙龙");
        assertThat(knowledge.search("收益低怎么回", 1, SearchMode.HYBRID).get(0).passage().title()).isEqualTo("异议");
        Hit best = knowledge.search("沙龙邀约", 2).get(0);
        assertThat(best.coverage()).isEqualTo(1.0);
        assertThat(best.score()).isPositive();
    }

    @Test
    void anOrganisationsOwnPassageWinsATieWithTheBuiltInPlaybookWhichCanBeSwitchedOff() {
        knowledge.ingest("builtin.md", md("# 内置\n晨会十五分钟：昨日业绩、今日目标、一个案例。"), "内置晨会", "system", true);
        knowledge.ingest("own.md", md("# 本行\n晨会十五分钟：昨日业绩、今日目标、一个案例。"), "本行晨会", "admin", false);

        assertThat(knowledge.search("晨会开多久", 2).get(0).passage().builtIn()).isFalse();

        knowledge.builtInPlaybook(false);

        assertThat(knowledge.builtInPlaybookEnabled()).isFalse();
        assertThat(knowledge.search("晨会开多久", 5)).noneMatch(h -> h.passage().builtIn());
        assertThat(knowledgeOn(store).search("晨会开多久", 5)).as("a restart reads the stored setting")
                .noneMatch(h -> h.passage().builtIn());
    }

    @Test
    void aDeletedBuiltInFileIsRememberedSoTheNextStartSkipsIt() {
        var builtIn = knowledge.ingest("01-visits.md", md("# 拜访\n每周拜访网点负责人一次，每次一小时，先谈目标再谈支持。"), null, "system", true);

        knowledge.delete(builtIn.document().id());

        assertThat(knowledge.builtInDismissed("01-visits.md")).isTrue();
        assertThat(knowledge.builtInDismissed("02-other.md")).isFalse();
    }

    @Test
    void relevanceIsBetweenZeroAndOneAndNeverRisesDownTheList() {
        knowledge.ingest("visits.md", md("# 拜访\n每周和网点负责人沟通一小时。\n\n## 晨会\n晨会十五分钟。\n\n## 沙龙\n沙龙提前十天邀请。"),
                null, "admin", false);

        List<Hit> hits = knowledge.search("网点负责人多久沟通一次", 5);

        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.relevance()).isBetween(0.0, 1.0));
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).relevance()).isLessThanOrEqualTo(hits.get(i - 1).relevance());
        }
        assertThat(knowledge.relevance("网点负责人多久沟通一次")).isEqualTo(hits.get(0).relevance());
        assertThat(knowledge.relevance("红烧肉怎么做")).isLessThan(hits.get(0).relevance());
    }
}
