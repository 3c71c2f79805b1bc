package com.branchmate.bot.kb;

/** A row of kb_chunk; the embedding is float32 little-endian. */
public record KbChunkRow(Long documentId, int position, String section, String body, byte[] embedding) {
}
