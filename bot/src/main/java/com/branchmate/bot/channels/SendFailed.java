package com.branchmate.bot.channels;

/** A reply that did not go out; {@link #retryable()} when a later try may succeed (5xx, timeout, throttling). */
public class SendFailed extends IllegalStateException {

    private final boolean retryable;

    public SendFailed(String what, OutboundSender.Result result) {
        super(what + " " + result.status() + ": " + result.error());
        this.retryable = result.retryable();
    }

    public boolean retryable() {
        return retryable;
    }
}
