package com.branchmate.bot.platform.web;

/** A request the caller can fix: answered 400 with the field named. The message is shown to the user (Chinese). */
public class BadRequestException extends RuntimeException {

    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
