package com.branchmate.bot.platform.web;

/** Answered 409: the request clashes with existing data (a login or chat id taken). */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
