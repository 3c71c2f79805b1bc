package com.branchmate.bot.platform.web;

/**
 * Answered 404. Also used when something exists but the caller may not see it, so that ids outside a
 * caller's scope cannot be probed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
