package com.branchmate.knowledge.ingest;

/** A document read from an uploaded file: its title and its text as light Markdown. */
public record ReadDocument(String title, String text) {
}
