package com.branchmate.knowledge;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.branchmate.knowledge.embedding.Embedder;
import com.branchmate.knowledge.ingest.Chunk;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.ingest.ReadDocument;
import com.branchmate.knowledge.ingest.UnreadableDocumentException;
import com.branchmate.knowledge.search.Hit;
import com.branchmate.knowledge.search.Passage;
import com.branchmate.knowledge.search.PassageVectors;
import com.branchmate.knowledge.search.SearchIndex;
import com.branchmate.knowledge.search.SearchMode;
import com.branchmate.knowledge.search.SearchTuning;
import com.branchmate.knowledge.store.KnowledgeStore;
import com.branchmate.knowledge.store.KnowledgeStore.Document;
import com.branchmate.knowledge.store.KnowledgeStore.NewDocument;
import com.branchmate.knowledge.store.KnowledgeStore.StoredChunk;

/**
 * The knowledge base: files in, passages out. A file is read, cut into passages, embedded and stored with its
 * chunks in one write; searches run on an in-memory index of everything stored, which follows the store's revision,
 * so a document one instance adds is found by the others within {@code refreshEvery}.
 */
public final class KnowledgeBase {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);
    /** Embedding progress is logged for documents of more passages than this. */
    private static final int LOG_PROGRESS_ABOVE = 64;
    private static final long NEVER_LOADED = Long.MIN_VALUE;

    public enum Outcome {
        /** A new document. */
        ADDED,
        /** The same file (same checksum) was already there: nothing indexed twice. */
        UNCHANGED,
        /** A new version of a document with the same title: its passages were replaced. */
        REPLACED
    }

    public record Ingested(Document document, Outcome outcome) {
    }

    private final KnowledgeStore store;
    private final Embedder embedder;
    private final DocumentReader reader;
    private final Chunker chunker;
    private final Clock clock;
    private final Duration refreshEvery;
    private final SearchTuning tuning;

    private volatile Loaded loaded = new Loaded(NEVER_LOADED, Map.of(), SearchIndex.empty());
    private volatile Instant checkedAt = Instant.MIN;

    /** The index and, per document, the checksum it was built from, so a reload re-reads only what changed. */
    private record Loaded(long revision, Map<Long, DocumentEntries> documents, SearchIndex index) {
    }

    private record DocumentEntries(String checksum, List<SearchIndex.Entry> entries) {
    }

    public KnowledgeBase(KnowledgeStore store, Embedder embedder, DocumentReader reader, Chunker chunker, Clock clock,
                         Duration refreshEvery) {
        this(store, embedder, reader, chunker, clock, refreshEvery, SearchTuning.standard());
    }

    public KnowledgeBase(KnowledgeStore store, Embedder embedder, DocumentReader reader, Chunker chunker, Clock clock,
                         Duration refreshEvery, SearchTuning tuning) {
        this.tuning = tuning;
        this.store = store;
        this.embedder = embedder;
        this.reader = reader;
        this.chunker = chunker;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
    }

    /**
     * Reads, chunks, embeds and stores a file. The same bytes again are not indexed twice; a file with the title of
     * an existing document replaces that document's passages.
     *
     * @throws UnreadableDocumentException with a Chinese message for the uploader (too large, unsupported, no text)
     */
    public Ingested ingest(String fileName, byte[] content, String title, String uploadedBy, boolean builtIn) {
        String checksum = sha256(content);
        Optional<Document> same = store.findByChecksum(checksum);
        if (same.isPresent()) {
            return new Ingested(same.get(), Outcome.UNCHANGED);
        }
        ReadDocument read = reader.read(fileName, content);
        String documentTitle = title == null || title.isBlank() ? read.title() : title.strip();
        List<Chunk> chunks = chunker.split(read.text());
        if (chunks.isEmpty()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT,
                    "文件里没有可用的文字内容，没有加入知识库。");
        }
        long start = System.nanoTime();
        List<float[]> embeddings = embed(chunks.stream()
                .map(c -> new Passage(0, documentTitle, c.section(), c.position(), c.text(), null)).toList(),
                (done, total) -> {
                    if (total > LOG_PROGRESS_ABOVE) {
                        log.info("Embedding 《{}》: {}/{} passages and sentences", documentTitle, done, total);
                    }
                });
        List<StoredChunk> stored = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            stored.add(new StoredChunk(0, chunk.position(), chunk.section(), chunk.text(), embeddings.get(i)));
        }
        NewDocument document = new NewDocument(documentTitle, fileName, checksum, uploadedBy, clock.instant(),
                read.text().length(), builtIn, vectorsMadeBy());
        Optional<Document> previous = store.findByTitle(documentTitle);
        Document saved = previous.isPresent()
                ? store.replace(previous.get().id(), document, stored)
                : store.add(document, stored);
        log.info("Indexed 《{}》 ({}): {} passages, {} characters, embedded in {} ms", documentTitle, fileName,
                chunks.size(), read.text().length(), (System.nanoTime() - start) / 1_000_000);
        refresh();
        Outcome outcome = !saved.checksum().equals(checksum) ? Outcome.UNCHANGED
                : previous.isPresent() ? Outcome.REPLACED : Outcome.ADDED;
        return new Ingested(saved, outcome);
    }

    public boolean delete(long documentId) {
        boolean deleted = store.delete(documentId);
        refresh();
        return deleted;
    }

    /** Whether the built-in playbook is searched (an admin's setting, kept in the store). */
    public boolean builtInPlaybookEnabled() {
        return store.builtInEnabled();
    }

    /** Switches the built-in playbook on or off for search; its documents stay stored, so on again is instant. */
    public void builtInPlaybook(boolean enabled) {
        store.builtInEnabled(enabled);
        refresh();
    }

    /** Whether an admin deleted this built-in playbook file, so the start must not load it again. */
    public boolean builtInDismissed(String fileName) {
        return store.builtInDismissed(fileName);
    }

    /**
     * How likely the knowledge base can answer the question, 0 to 1: the relevance of its best passage (see
     * {@link com.branchmate.knowledge.answer.Relevance}). IntentBenchmark prints how routing would change if the chat
     * router also used it; the router does not (its intent model tells off-topic chat apart on its own).
     */
    public double relevance(String question) {
        List<Hit> hits = search(question, 1);
        return hits.isEmpty() ? 0 : hits.get(0).relevance();
    }

    public List<Document> documents() {
        return store.documents();
    }

    public Optional<Document> document(long id) {
        return store.documents().stream().filter(d -> d.id() == id).findFirst();
    }

    public List<Hit> search(String query, int k) {
        return search(query, k, SearchMode.HYBRID);
    }

    public List<Hit> search(String query, int k, SearchMode mode) {
        SearchIndex index = index();
        if (index.size() == 0 || query == null || query.isBlank()) {
            return List.of();
        }
        float[] queryEmbedding = mode == SearchMode.KEYWORD ? null : embedder.embedQuery(query.strip());
        return index.search(query.strip(), queryEmbedding, k, mode);
    }

    /**
     * The current index, reloaded first when the store changed since the last look (at most every refreshEvery).
     * Until the first load has finished (the bot runs it in the background after start), every caller waits for it.
     */
    public SearchIndex index() {
        Instant now = clock.instant();
        if (loaded.revision() == NEVER_LOADED) {
            refresh();
        } else if (now.isAfter(checkedAt.plus(refreshEvery))) {
            checkedAt = now;
            if (store.revision() != loaded.revision()) {
                refresh();
            }
        }
        return loaded.index();
    }

    /** Reloads the index from the store now, reusing the passages of documents that did not change. */
    public synchronized void refresh() {
        long revision = store.revision();
        Loaded current = loaded;
        if (revision == current.revision()) {
            return;
        }
        Map<Long, DocumentEntries> documents = new java.util.LinkedHashMap<>();
        List<SearchIndex.Entry> all = new ArrayList<>();
        boolean builtIn = store.builtInEnabled();
        for (Document document : store.documents()) {
            if (document.builtIn() && !builtIn) {
                continue;
            }
            DocumentEntries known = current.documents().get(document.id());
            DocumentEntries entries = known != null && known.checksum().equals(document.checksum())
                    ? known : load(document);
            documents.put(document.id(), entries);
            all.addAll(entries.entries());
        }
        loaded = new Loaded(revision, documents, new SearchIndex(all, tuning));
        checkedAt = clock.instant();
    }

    private DocumentEntries load(Document document) {
        List<StoredChunk> chunks = store.chunks(document.id());
        List<Passage> passages = new ArrayList<>();
        boolean otherModel = !vectorsMadeBy().equals(document.embeddingModel());
        List<float[]> embeddings = otherModel
                ? reembed(document, chunks)
                : chunks.stream().map(StoredChunk::embedding).toList();
        for (int i = 0; i < chunks.size(); i++) {
            StoredChunk chunk = chunks.get(i);
            passages.add(new Passage(document.id(), document.title(), chunk.section(), chunk.position(), chunk.text(),
                    embeddings.get(i), document.builtIn()));
        }
        return new DocumentEntries(document.checksum(),
                passages.stream().map(p -> SearchIndex.Entry.of(p, tuning)).toList());
    }

    /** Chunks embedded by another model cannot be compared with this model's queries: embed them again in memory. */
    private List<float[]> reembed(Document document, List<StoredChunk> chunks) {
        log.warn("《{}》 was embedded with {}; embedding it again with {}", document.title(), document.embeddingModel(),
                vectorsMadeBy());
        return embed(chunks.stream()
                .map(c -> new Passage(0, document.title(), c.section(), c.position(), c.text(), null)).toList(),
                Embedder.Progress.NONE);
    }

    /** What a document's vectors were made with: the model, and whether sentences have vectors of their own. */
    private String vectorsMadeBy() {
        return embedder.modelName() + PassageVectors.LAYOUT;
    }

    /**
     * Each passage's vectors as stored: the passage read with its title and section, then each of its sentences
     * (see {@link PassageVectors}), embedded in one run.
     */
    private List<float[]> embed(List<Passage> passages, Embedder.Progress progress) {
        List<String> texts = new ArrayList<>();
        List<Integer> sentenceCounts = new ArrayList<>();
        for (Passage passage : passages) {
            texts.add(passage.searchableText());
            List<String> sentences = PassageVectors.sentences(passage.text());
            texts.addAll(sentences);
            sentenceCounts.add(sentences.size());
        }
        List<float[]> embedded = embedder.embedPassages(texts, progress);
        List<float[]> joined = new ArrayList<>(passages.size());
        int at = 0;
        for (int count : sentenceCounts) {
            joined.add(PassageVectors.join(embedded.get(at), embedded.subList(at + 1, at + 1 + count)));
            at += 1 + count;
        }
        return joined;
    }

    /** Every passage of a document, in order. */
    public List<Passage> passages(long documentId) {
        return index().entries().stream().map(SearchIndex.Entry::passage)
                .filter(p -> p.documentId() == documentId).toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
