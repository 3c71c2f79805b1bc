package com.branchmate.knowledge.ingest;

/** A document read from a file: its title and its text as light Markdown (# headings, - items, | table rows |). */
public record ReadDocument(String title, String text) {
}
