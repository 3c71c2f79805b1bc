package com.branchmate.knowledge.ingest;

/** Why a file could not be indexed, with a message in Chinese for the uploader. */
public class UnreadableDocumentException extends RuntimeException {

    public enum Reason {
        TOO_LARGE, UNSUPPORTED_TYPE, NO_TEXT, DAMAGED
    }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
