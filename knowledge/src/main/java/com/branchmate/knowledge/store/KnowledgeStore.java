package com.branchmate.knowledge.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where documents and their chunks (with embeddings) live, so a restart needs no re-embedding and every instance
 * reads the same knowledge. The bot stores them in its database; tests and the benchmark keep them in memory.
 * Each write is atomic: a document and its chunks appear, change and go together.
 */
public interface KnowledgeStore {

    record Document(long id, String title, String fileName, String checksum, String uploadedBy, Instant uploadedAt,
                    int chunks, int characters, boolean builtIn, String embeddingModel) {
    }

    record NewDocument(String title, String fileName, String checksum, String uploadedBy, Instant uploadedAt,
                       int characters, boolean builtIn, String embeddingModel) {
    }

    record StoredChunk(long documentId, int position, String section, String text, float[] embedding) {
    }

    Optional<Document> findByChecksum(String checksum);

    Optional<Document> findByTitle(String title);

    /** Adds a document with its chunks. */
    Document add(NewDocument document, List<StoredChunk> chunks);

    /** Gives an existing document new content: its old chunks are replaced by these in one transaction. */
    Document replace(long documentId, NewDocument document, List<StoredChunk> chunks);

    /** Deletes a document; a built-in one is also remembered as dismissed, so the next start does not load it again. */
    boolean delete(long documentId);

    /** Whether a built-in playbook file was deleted by an admin (then it is not loaded again on start). */
    boolean builtInDismissed(String fileName);

    /** Whether the built-in playbook is searched; a setting that survives restarts and holds for every instance. */
    boolean builtInEnabled();

    /** Switches the built-in playbook on or off (changes the revision, so every instance follows). */
    void builtInEnabled(boolean enabled);

    List<Document> documents();

    List<StoredChunk> chunks(long documentId);

    /** Changes whenever any document is added, replaced or deleted, by this instance or another. */
    long revision();
}
