package com.branchmate.knowledge.ingest;

/** A passage of a document: the section heading it sits under, its place in the document and its text. */
public record Chunk(int position, String section, String text) {
}
