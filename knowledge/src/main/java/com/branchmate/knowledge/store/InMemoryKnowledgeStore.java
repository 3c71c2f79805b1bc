package com.branchmate.knowledge.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store for tests and the benchmark. */
public final class InMemoryKnowledgeStore implements KnowledgeStore {

    private final Map<Long, Document> documents = new LinkedHashMap<>();
    private final Map<Long, List<StoredChunk>> chunks = new LinkedHashMap<>();
    private long nextId = 1;
    private long revision;
    private boolean builtInEnabled = true;
    private final java.util.Set<String> dismissed = new java.util.HashSet<>();

    @Override
    public synchronized Optional<Document> findByChecksum(String checksum) {
        return documents.values().stream().filter(d -> d.checksum().equals(checksum)).findFirst();
    }

    @Override
    public synchronized Optional<Document> findByTitle(String title) {
        return documents.values().stream().filter(d -> d.title().equals(title)).findFirst();
    }

    @Override
    public synchronized Document add(NewDocument document, List<StoredChunk> newChunks) {
        return put(nextId++, document, newChunks);
    }

    @Override
    public synchronized Document replace(long documentId, NewDocument document, List<StoredChunk> newChunks) {
        return put(documentId, document, newChunks);
    }

    private Document put(long id, NewDocument d, List<StoredChunk> newChunks) {
        Document stored = new Document(id, d.title(), d.fileName(), d.checksum(), d.uploadedBy(), d.uploadedAt(),
                newChunks.size(), d.characters(), d.builtIn(), d.embeddingModel());
        documents.put(id, stored);
        chunks.put(id, newChunks.stream()
                .map(c -> new StoredChunk(id, c.position(), c.section(), c.text(), c.embedding())).toList());
        revision++;
        return stored;
    }

    @Override
    public synchronized boolean delete(long documentId) {
        Document document = documents.get(documentId);
        if (document != null && document.builtIn()) {
            dismissed.add(document.fileName());
        }
        chunks.remove(documentId);
        boolean removed = documents.remove(documentId) != null;
        if (removed) {
            revision++;
        }
        return removed;
    }

    @Override
    public synchronized List<Document> documents() {
        List<Document> result = new ArrayList<>(documents.values());
        result.sort(Comparator.comparing(Document::id));
        return result;
    }

    @Override
    public synchronized List<StoredChunk> chunks(long documentId) {
        return chunks.getOrDefault(documentId, List.of());
    }

    @Override
    public synchronized boolean builtInDismissed(String fileName) {
        return dismissed.contains(fileName);
    }

    @Override
    public synchronized boolean builtInEnabled() {
        return builtInEnabled;
    }

    @Override
    public synchronized void builtInEnabled(boolean enabled) {
        builtInEnabled = enabled;
        revision++;
    }

    @Override
    public synchronized long revision() {
        return revision;
    }
}
