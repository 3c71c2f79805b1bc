package com.branchmate.bot.kb;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.knowledge.store.KnowledgeStore;

/**
 * The knowledge store in the bot's database (H2 or MySQL). Each write runs in one transaction with a bump of the
 * revision, so a document and its passages appear, change and go together, and other instances see the change.
 */
class JdbcKnowledgeStore implements KnowledgeStore {

    private static final int INSERT_BATCH = 100;

    private final KbMapper mapper;
    private final TransactionTemplate transaction;

    JdbcKnowledgeStore(KbMapper mapper, TransactionTemplate transaction) {
        this.mapper = mapper;
        this.transaction = transaction;
    }

    @Override
    public Optional<Document> findByChecksum(String checksum) {
        return Optional.ofNullable(mapper.findByChecksum(checksum)).map(JdbcKnowledgeStore::document);
    }

    @Override
    public Optional<Document> findByTitle(String title) {
        return Optional.ofNullable(mapper.findByTitle(title)).map(JdbcKnowledgeStore::document);
    }

    @Override
    public Document add(NewDocument document, List<StoredChunk> chunks) {
        try {
            return transaction.execute(status -> {
                GeneratedId id = new GeneratedId();
                mapper.insertDocument(row(document, chunks.size()), id);
                insertChunks(id.get(), chunks);
                mapper.bumpRevision();
                return document(mapper.findById(id.get()));
            });
        } catch (DuplicateKeyException e) {
            // Two uploads of the same file at once: the first one won, and it is the same document.
            return findByChecksum(document.checksum()).or(() -> findByTitle(document.title())).orElseThrow(() -> e);
        }
    }

    @Override
    public Document replace(long documentId, NewDocument document, List<StoredChunk> chunks) {
        return transaction.execute(status -> {
            mapper.updateDocument(documentId, row(document, chunks.size()));
            mapper.deleteChunks(documentId);
            insertChunks(documentId, chunks);
            mapper.bumpRevision();
            return document(mapper.findById(documentId));
        });
    }

    @Override
    public boolean delete(long documentId) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            KbDocumentRow document = mapper.findById(documentId);
            if (document != null && document.builtIn()) {
                mapper.dismissBuiltIn(document.fileName());
            }
            mapper.deleteChunks(documentId);
            boolean deleted = mapper.deleteDocument(documentId) > 0;
            mapper.bumpRevision();
            return deleted;
        }));
    }

    @Override
    public List<Document> documents() {
        return mapper.findAll().stream().map(JdbcKnowledgeStore::document).toList();
    }

    @Override
    public List<StoredChunk> chunks(long documentId) {
        return mapper.findChunks(documentId).stream()
                .map(c -> new StoredChunk(c.documentId(), c.position(), c.section(), c.body(), floats(c.embedding())))
                .toList();
    }

    @Override
    public boolean builtInDismissed(String fileName) {
        return mapper.isDismissed(fileName) > 0;
    }

    @Override
    public boolean builtInEnabled() {
        return mapper.builtInEnabled();
    }

    @Override
    public void builtInEnabled(boolean enabled) {
        transaction.executeWithoutResult(status -> {
            mapper.setBuiltInEnabled(enabled);
            mapper.bumpRevision();
        });
    }

    @Override
    public long revision() {
        return mapper.revision();
    }

    private void insertChunks(long documentId, List<StoredChunk> chunks) {
        List<KbChunkRow> rows = new ArrayList<>();
        for (StoredChunk chunk : chunks) {
            rows.add(new KbChunkRow(documentId, chunk.position(), chunk.section(), chunk.text(), bytes(chunk.embedding())));
        }
        for (int start = 0; start < rows.size(); start += INSERT_BATCH) {
            mapper.insertChunks(rows.subList(start, Math.min(rows.size(), start + INSERT_BATCH)));
        }
    }

    private static KbDocumentRow row(NewDocument d, int chunks) {
        return new KbDocumentRow(null, d.title(), d.fileName(), d.checksum(), d.uploadedBy(), d.uploadedAt(),
                d.characters(), chunks, d.builtIn(), d.embeddingModel());
    }

    private static Document document(KbDocumentRow row) {
        return new Document(row.id(), row.title(), row.fileName(), row.checksum(), row.uploadedBy(), row.uploadedAt(),
                row.chunkCount(), row.characters(), row.builtIn(), row.embeddingModel());
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : vector) {
            buffer.putFloat(x);
        }
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = buffer.getFloat();
        }
        return vector;
    }
}
