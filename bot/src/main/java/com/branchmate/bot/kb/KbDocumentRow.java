package com.branchmate.bot.kb;

import java.time.Instant;

/** A row of kb_document. */
public record KbDocumentRow(Long id, String title, String fileName, String checksum, String uploadedBy,
                            Instant uploadedAt, int characters, int chunkCount, boolean builtIn,
                            String embeddingModel) {
}
