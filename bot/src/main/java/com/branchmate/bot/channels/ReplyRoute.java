package com.branchmate.bot.channels;

/**
 * How to answer a message, in a form that can be stored with it, so a message resumed after a restart is answered
 * the way it would have been at once. {@code kind} names the {@link Handler} that sends; {@code data} is what that
 * handler needs besides the message (a WeCom robot's response_url, a DingTalk sessionWebhook), as the handler
 * wrote it, or null.
 */
public record ReplyRoute(String kind, String data) {

    public static ReplyRoute of(String kind) {
        return new ReplyRoute(kind, null);
    }

    /** Sends a reply along one kind of route; throws (a {@link SendFailed} when it can tell) when it could not. */
    public interface Handler {

        String kind();

        void send(InboundMessage message, String data, Reply reply);
    }
}
