package com.branchmate.bot.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends the replies of stored messages on its own bounded pool, so a slow or failing platform never holds the
 * workers that process messages. The reply waits in its {@code inbound_message} row (encrypted) until sent: a
 * reply that failed on 5xx, a timeout or throttling is tried again with doubling waits for
 * {@code bot.channels.reply-retry-for}, across restarts and by any instance, and is then marked FAILED in the
 * send log. A reply the platform refused for good (a bad recipient) is marked FAILED at once.
 */
@Component
public class ReplyQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplyQueue.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final InboundStore store;
    private final Map<String, ReplyRoute.Handler> handlers;
    private final OutboundSender sender;
    private final ChannelsProperties properties;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    /** Rows queued or sending here, so the resume poll does not queue them twice. */
    private final Set<Long> inHand = ConcurrentHashMap.newKeySet();

    ReplyQueue(InboundStore store, List<ReplyRoute.Handler> handlers, OutboundSender sender,
               ChannelsProperties properties, Clock clock) {
        this.store = store;
        this.handlers = handlers.stream().collect(Collectors.toMap(ReplyRoute.Handler::kind, Function.identity()));
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(properties.sendWorkers(), properties.sendWorkers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.sendQueueCapacity())), runnable -> {
                    Thread thread = new Thread(runnable, "channel-sender-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Queues the reply of a stored message; when the queue is full it waits in the database for the next poll. */
    void offer(long id) {
        if (pool.isShutdown() || !inHand.add(id)) {
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    send(id);
                } finally {
                    inHand.remove(id);
                }
            });
        } catch (RejectedExecutionException e) {
            inHand.remove(id);
        }
    }

    int room() {
        return pool.getQueue().remainingCapacity();
    }

    /**
     * A short notice sent at once along the message's route, outside the stored replies (the database may be what
     * failed); best effort, the caller logs a failure.
     */
    public void sendNotice(InboundEnvelope envelope, String text) {
        ReplyRoute route = envelope.route();
        ReplyRoute.Handler handler = route == null ? null : handlers.get(route.kind());
        if (handler == null) {
            throw new IllegalStateException("no sender for route " + (route == null ? null : route.kind()));
        }
        handler.send(envelope.message(), route.data(), Reply.text(text));
    }

    private void send(long id) {
        Optional<InboundStore.Claimed> claimed;
        try {
            // Long enough for a robot's quota wait and the sender's own tries (each at most the 10 s request timeout
            // and its back-off); when the sender dies (kill -9) the reply is taken again after this.
            claimed = store.claimSend(id, properties.rateLimitMaxWait()
                    .plus(Duration.ofSeconds(15).multipliedBy(Math.max(1, properties.sendAttempts()))));
        } catch (RuntimeException e) {
            log.warn("Reply {} not taken (database: {}); the next poll tries again", id, e.getClass().getSimpleName());
            return;
        }
        if (claimed.isEmpty()) {
            return;
        }
        InboundStore.Claimed reply = claimed.get();
        InboundMessage message = reply.envelope().message();
        ReplyRoute route = reply.envelope().route();
        ReplyRoute.Handler handler = route == null ? null : handlers.get(route.kind());
        try {
            if (handler == null) {
                throw new IllegalStateException("no sender for route " + (route == null ? null : route.kind()));
            }
            OutboundSender.retriedLater(() -> handler.send(message, route.data(), Reply.text(reply.reply())));
        } catch (RuntimeException e) {
            failed(reply, e);
            return;
        }
        try {
            store.done(id);
        } catch (RuntimeException e) {
            // Sent; when the row stays REPLYING the reply would go out again after the lease, which is the lesser harm.
            log.error("Reply to {} message {} sent but not marked done", message.channel(), message.messageId(), e);
        }
    }

    private void failed(InboundStore.Claimed reply, RuntimeException e) {
        InboundMessage message = reply.envelope().message();
        boolean retryable = !(e instanceof SendFailed failed) || failed.retryable();
        Instant now = clock.instant();
        Instant giveUpAt = reply.createdAt().plus(properties.replyRetryFor());
        Duration wait = backoff(reply.sendAttempts());
        String error = e.getMessage();
        try {
            if (retryable && now.plus(wait).isBefore(giveUpAt)) {
                store.retryLater(reply.id(), now.plus(wait), error);
                log.info("Reply to {} message {} failed ({}); next try in {}s", message.channel(),
                        message.messageId(), error, wait.toSeconds());
                return;
            }
            store.failed(reply.id(), error);
        } catch (RuntimeException stored) {
            log.warn("Reply {} outcome not stored; its lease decides", reply.id(), stored);
            return;
        }
        if (retryable) {
            sender.recordGivenUp(message.channel(), recipient(message), "in:" + message.messageId(),
                    reply.sendAttempts(), "gave up after " + reply.sendAttempts() + " rounds over "
                            + Duration.between(reply.createdAt(), now).toMinutes() + " min: " + error);
        }
        log.warn("Reply to {} message {} given up: {}", message.channel(), message.messageId(), error);
    }

    private Duration backoff(int rounds) {
        Duration wait = properties.replyRetryBackoff().multipliedBy(1L << Math.min(16, Math.max(0, rounds - 1)));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private static String recipient(InboundMessage message) {
        return message.inGroup() ? "chat:" + message.chatId() : "user:" + message.senderId();
    }

    /** Replies in hand get the grace period; the rest stay in the database and go out after the restart. */
    @Override
    public void destroy() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
    }
}
