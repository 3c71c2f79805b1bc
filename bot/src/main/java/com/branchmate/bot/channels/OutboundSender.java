package com.branchmate.bot.channels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.branchmate.bot.platform.kv.KeyValueStore;

/**
 * Sends one message part to a platform the way every channel should: waits for the robot's per-minute quota
 * (shared across instances through the key-value store), retries network errors, 5xx and the platform's
 * rate-limit codes with doubling back-off, and writes the outcome to {@code channel_send}.
 * Blocks the calling thread, so it is called from the reply queue's senders and huddle jobs, never from a callback.
 */
@Component
public class OutboundSender {

    private static final Logger log = LoggerFactory.getLogger(OutboundSender.class);
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    private static final int ERROR_LENGTH = 500;

    /** How one call to a platform went, as the channel reads the platform's answer. */
    public record Attempt(boolean succeeded, boolean retryable, String error) {

        public static Attempt success() {
            return new Attempt(true, false, null);
        }

        /** Worth another try: 5xx, throttling, an expired token that was just dropped. */
        public static Attempt retry(String error) {
            return new Attempt(false, true, error);
        }

        public static Attempt fail(String error) {
            return new Attempt(false, false, error);
        }
    }

    /** One call to the platform; an IOException counts as a network error and is retried. */
    @FunctionalInterface
    public interface Call {
        Attempt run() throws IOException, InterruptedException;
    }

    /** A robot's quota, e.g. 20 messages a minute per webhook; the key names the robot without its secret. */
    public record RateLimit(String key, int perMinute) {
    }

    /** Where a part goes and which message it belongs to, for the log. */
    public record Part(String channel, String recipient, String messageKey, int partNo, int partCount) {
    }

    /** {@code retryable}: a later try may succeed (5xx, network, throttling). */
    public record Result(boolean sent, String status, int attempts, String error, boolean retryable) {
    }

    /** Status of a part that failed but whose reply the {@link ReplyQueue} will try again. */
    public static final String RETRYING = "RETRYING";

    /** Set while the reply queue sends: a retryable failure is then logged as RETRYING, not FAILED. */
    private static final ThreadLocal<Boolean> RETRIED_LATER = ThreadLocal.withInitial(() -> false);

    /** Runs {@code send} knowing that the caller retries retryable failures later. */
    static void retriedLater(Runnable send) {
        RETRIED_LATER.set(true);
        try {
            send.run();
        } finally {
            RETRIED_LATER.remove();
        }
    }

    /**
     * How the send log and the rate limit name a group robot: a short hash of its webhook key or URL, so the
     * secret never reaches the database or the key-value store.
     */
    public static String robotName(String webhookSecret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(webhookSecret.strip().getBytes(StandardCharsets.UTF_8));
            return "robot:" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final ChannelSendMapper sends;
    private final KeyValueStore store;
    private final ChannelsProperties properties;
    private final Clock clock;

    OutboundSender(ChannelSendMapper sends, KeyValueStore store, ChannelsProperties properties, Clock clock) {
        this.sends = sends;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    public Result send(Part part, RateLimit limit, Call call) {
        Result result;
        try {
            result = limit != null && !awaitQuota(limit)
                    ? new Result(false, "THROTTLED", 0, "over " + limit.perMinute() + "/min; waited "
                    + properties.rateLimitMaxWait().toSeconds() + "s", true)
                    : callWithRetries(call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = new Result(false, "FAILED", 0, "interrupted", true);
        }
        record(part, result);
        if (!result.sent()) {
            log.warn("{} send to {} ({} part {}/{}) {} after {} attempts: {}", part.channel(), part.recipient(),
                    part.messageKey(), part.partNo(), part.partCount(), result.status(), result.attempts(),
                    result.error());
        }
        return result;
    }

    private Result callWithRetries(Call call) throws InterruptedException {
        int maxAttempts = Math.max(1, properties.sendAttempts());
        long backoff = properties.retryBackoff().toMillis();
        String error = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Attempt outcome;
            try {
                outcome = call.run();
            } catch (IOException e) {
                outcome = Attempt.retry("network: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
            }
            if (outcome.succeeded()) {
                return new Result(true, "SENT", attempt, null, false);
            }
            error = outcome.error();
            if (!outcome.retryable()) {
                return new Result(false, "FAILED", attempt, error, false);
            }
            if (attempt == maxAttempts) {
                return new Result(false, RETRIED_LATER.get() ? RETRYING : "FAILED", attempt, error, true);
            }
            Thread.sleep(backoff);
            backoff *= 2;
        }
        return new Result(false, "FAILED", maxAttempts, error, true);
    }

    /**
     * Counts this message against the robot's minute and, when the minute is used up, waits for the next one
     * (polling, since the store's window has no "time left"), up to {@code rateLimitMaxWait}.
     */
    private boolean awaitQuota(RateLimit limit) throws InterruptedException {
        Instant giveUpAt = clock.instant().plus(properties.rateLimitMaxWait());
        long poll = Math.max(50, Math.min(2_000, properties.rateLimitMaxWait().toMillis() / 10));
        while (true) {
            long count = store.incrementInWindow("rate:" + limit.key(), RATE_WINDOW);
            if (count <= limit.perMinute()) {
                return true;
            }
            if (!clock.instant().isBefore(giveUpAt)) {
                return false;
            }
            Thread.sleep(poll);
        }
    }

    /** A reply given up after its retries: one FAILED row for the send log, naming how long it was tried. */
    void recordGivenUp(String channel, String recipient, String messageKey, int attempts, String error) {
        record(new Part(channel, recipient, messageKey, 1, 1), new Result(false, "FAILED", attempts, error, false));
    }

    private void record(Part part, Result result) {
        try {
            sends.insert(new ChannelSend(null, part.channel(), truncate(part.recipient(), 160),
                    truncate(part.messageKey(), 160), part.partNo(), part.partCount(), result.status(),
                    truncate(result.error(), ERROR_LENGTH), result.attempts(), clock.instant()));
        } catch (RuntimeException e) {
            // The send itself happened (or not) regardless; losing its log row must not fail the reply.
            log.error("Could not record a {} send to {}", part.channel(), part.recipient(), e);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
