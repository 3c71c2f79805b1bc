package com.branchmate.bot.channels;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.branchmate.bot.platform.kv.KeyValueStore;

/**
 * Where WeCom and DingTalk callbacks hand a verified message over. It claims the platform's message id once for
 * all instances (a re-delivery finds the claim and is dropped), runs the conversation on a bounded pool off the
 * request thread so the callback can answer at once, and releases the claim when processing fails so the
 * platform's next retry can succeed.
 */
@Component
public class InboundDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InboundDispatcher.class);

    public enum Outcome {
        /** Queued; the reply will go out through the sink. */
        ACCEPTED,
        /** Already claimed by an earlier delivery of the same message. */
        DUPLICATE,
        /** A group message that did not address the bot. */
        IGNORED,
        /** The pool is full; nothing was claimed and the caller must tell the member to retry. */
        BUSY
    }

    /** Where messages go that were accepted but not yet handled when the bot stops: handled after the restart. */
    @FunctionalInterface
    public interface UnfinishedMessages {
        void keep(InboundMessage message);
    }

    /** Delivers the reply to the member; throws when it could not, which releases the claim. */
    @FunctionalInterface
    public interface ReplySink {
        void send(Reply reply);
    }

    private final Function<InboundMessage, Reply> conversation;
    private final KeyValueStore store;
    private final ChannelsProperties properties;
    private final ThreadPoolExecutor pool;
    private final UnfinishedMessages unfinished;
    /** Separate from the workers: a "please retry" notice must go out exactly when the workers are all busy. */
    private final ThreadPoolExecutor notices = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(100), runnable -> {
                Thread thread = new Thread(runnable, "channel-notice");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());

    @Autowired
    InboundDispatcher(MessageHandler conversation, KeyValueStore store, ChannelsProperties properties,
                      UnfinishedMessages unfinished) {
        this(conversation::handle, store, properties, unfinished);
    }

    InboundDispatcher(Function<InboundMessage, Reply> conversation, KeyValueStore store, ChannelsProperties properties,
                      UnfinishedMessages unfinished) {
        this.conversation = conversation;
        this.store = store;
        this.properties = properties;
        this.unfinished = unfinished;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(properties.workers(), properties.workers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.queueCapacity())), runnable -> {
                    Thread thread = new Thread(runnable, "channel-worker-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs the conversation for the message and sends its reply. */
    public Outcome dispatch(InboundMessage message, ReplySink sink) {
        return dispatch(message, conversation, sink);
    }

    /** Runs {@code handler} instead of the conversation, e.g. to answer a message type the bot cannot read. */
    public Outcome dispatch(InboundMessage message, Function<InboundMessage, Reply> handler, ReplySink sink) {
        String key = dedupKey(message);
        if (!store.putIfAbsent(key, message.senderId() == null ? "" : message.senderId(), properties.dedupTtl())) {
            log.info("{} message {} delivered again; already handled", message.channel(), message.messageId());
            return Outcome.DUPLICATE;
        }
        if (message.inGroup() && !message.addressed()) {
            return Outcome.IGNORED;
        }
        try {
            pool.execute(new Work(message, () -> process(message, handler, sink, key)));
            return Outcome.ACCEPTED;
        } catch (RejectedExecutionException e) {
            store.delete(key);
            log.warn("Channel workers busy: {} message {} refused, sender asked to retry", message.channel(),
                    message.messageId());
            return Outcome.BUSY;
        }
    }

    /**
     * Sends a short notice (such as {@link ChannelReplies#BUSY}) off the request thread. When even the notice
     * queue is full the notice is dropped and logged: the platform is then overwhelmed anyway.
     */
    public void notifyLater(String channel, String messageId, Runnable send) {
        try {
            notices.execute(() -> {
                try {
                    send.run();
                } catch (RuntimeException e) {
                    log.warn("Notice for {} message {} not delivered: {}", channel, messageId, e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            log.error("Notice queue full: {} message {} gets no retry notice", channel, messageId);
        }
    }

    private void process(InboundMessage message, Function<InboundMessage, Reply> handler, ReplySink sink, String key) {
        try {
            Reply reply = handler.apply(message);
            if (reply != null && reply.text() != null && !reply.text().isBlank()) {
                sink.send(reply);
            }
        } catch (RuntimeException e) {
            store.delete(key);
            log.error("Processing {} message {} failed; claim released for the platform's retry", message.channel(),
                    message.messageId(), e);
        }
    }

    /** A queued message, so that shutdown can tell which messages never started. */
    private record Work(InboundMessage message, Runnable task) implements Runnable {
        @Override
        public void run() {
            task.run();
        }
    }

    private static String dedupKey(InboundMessage message) {
        return "dedup:" + message.channel() + ":" + message.messageId();
    }

    /**
     * Accepted work finishes within the grace period; messages that have not started by then are kept in the
     * outbox (they keep their claim, so a platform retry does not run them twice) and handled after the restart.
     */
    @Override
    public void destroy() throws InterruptedException {
        notices.shutdown();
        pool.shutdown();
        if (pool.awaitTermination(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
            return;
        }
        List<Runnable> waiting = pool.shutdownNow();
        int kept = 0;
        for (Runnable runnable : waiting) {
            if (runnable instanceof Work work) {
                try {
                    unfinished.keep(work.message());
                    kept++;
                } catch (RuntimeException e) {
                    store.delete(dedupKey(work.message()));
                    log.error("{} message {} could not be kept at shutdown; claim released for the platform's retry",
                            work.message().channel(), work.message().messageId(), e);
                }
            }
        }
        log.warn("Shutdown: {} channel message(s) had not started and were kept for after the restart", kept);
    }
}
