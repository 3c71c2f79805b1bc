package com.branchmate.bot.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.branchmate.bot.platform.persistence.DatabaseDown;

/**
 * Where WeCom and DingTalk callbacks hand a verified message over. A message is acknowledged only once it is
 * stored: in {@code inbound_message} (whose unique key is also the de-duplication claim for every instance), or,
 * when the database fails, in the on-disk outbox. Workers on a bounded pool take stored messages when they have
 * room, each under a short lease, so a message whose worker died is taken again; the reply is stored with the
 * message and sent by the {@link ReplyQueue}, never by the workers. A poll picks up what waited in the database:
 * messages that found the pool full, lapsed leases after a crash, replies due for another try.
 */
@Component
public class InboundDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InboundDispatcher.class);

    public enum Outcome {
        /** Stored; the reply will follow. */
        ACCEPTED,
        /** Stored before, by an earlier delivery of the same message. */
        DUPLICATE,
        /** A group message that did not address the bot. */
        IGNORED,
        /** Could be stored nowhere (database and disk failing): not acknowledged, the platform should re-send. */
        BUSY
    }

    /** Where messages go when the database cannot store them: kept on disk and stored when it is back. */
    @FunctionalInterface
    public interface UnfinishedMessages {
        void keep(InboundEnvelope envelope);
    }

    private final Function<InboundMessage, Reply> conversation;
    private final InboundStore store;
    private final ReplyQueue replies;
    private final ChannelsProperties properties;
    private final UnfinishedMessages outbox;
    private final ThreadPoolExecutor pool;
    /** Rows queued or processing here, so the resume poll does not queue them twice. */
    private final Set<Long> inHand = ConcurrentHashMap.newKeySet();
    /** Runs the inserts callbacks wait for, so a stalled database costs a callback at most {@code storeTimeout}. */
    /** How long a message kept on disk waits before the member is told: a slow insert may still finish. */
    private static final Duration KEPT_NOTICE_AFTER = Duration.ofSeconds(5);

    private final ThreadPoolExecutor storing = new ThreadPoolExecutor(8, 8, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(200), runnable -> {
                Thread thread = new Thread(runnable, "channel-store");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());
    /**
     * For short notices sent outside the stored replies: "send it again" where the platform cannot be told by a
     * status (Stream mode), "kept on disk" while the database is away (a send's log line may then wait for the
     * database's timeout, so several threads).
     */
    private final ThreadPoolExecutor notices = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(100), runnable -> {
                Thread thread = new Thread(runnable, "channel-notice");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    @Autowired
    InboundDispatcher(MessageHandler conversation, InboundStore store, ReplyQueue replies,
                      ChannelsProperties properties, UnfinishedMessages outbox) {
        this(conversation::handleStored, store, replies, properties, outbox);
    }

    InboundDispatcher(Function<InboundMessage, Reply> conversation, InboundStore store, ReplyQueue replies,
                      ChannelsProperties properties, UnfinishedMessages outbox) {
        this.conversation = conversation;
        this.store = store;
        this.replies = replies;
        this.properties = properties;
        this.outbox = outbox;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(properties.workers(), properties.workers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.queueCapacity())), runnable -> {
                    Thread thread = new Thread(runnable, "channel-worker-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Stores the message, answered by the conversation along {@code route}. */
    public Outcome dispatch(InboundMessage message, ReplyRoute route) {
        return accept(new InboundEnvelope(message, route, null));
    }

    /** Stores the message, answered with {@code fixedReply} (a message type the bot cannot read). */
    public Outcome dispatch(InboundMessage message, String fixedReply, ReplyRoute route) {
        return accept(new InboundEnvelope(message, route, fixedReply));
    }

    private Outcome accept(InboundEnvelope envelope) {
        InboundMessage message = envelope.message();
        if (message.inGroup() && !message.addressed()) {
            return Outcome.IGNORED;
        }
        Optional<Long> id;
        try {
            id = insertWithin(envelope);
        } catch (RuntimeException e) {
            // Whatever the database said (down, timed out, a transaction it rolled back): keep it on disk instead.
            log.warn("{} message {} not stored in the database ({}); kept in the outbox", message.channel(),
                    message.messageId(), e.getClass().getSimpleName());
            try {
                outbox.keep(envelope);
                // The member hears soon that nothing is lost, not hours later when the database is back; unless
                // the database took it meanwhile (a slow insert that finished, or another instance stored it).
                CompletableFuture.delayedExecutor(KEPT_NOTICE_AFTER.toMillis(), TimeUnit.MILLISECONDS, notices)
                        .execute(() -> {
                            if (!storedMeanwhile(message)) {
                                replies.sendNotice(envelope, ChannelReplies.KEPT);
                            }
                        });
                return Outcome.ACCEPTED;
            } catch (RuntimeException disk) {
                log.error("{} message {} could be stored nowhere; not acknowledged", message.channel(),
                        message.messageId(), disk);
                return Outcome.BUSY;
            }
        }
        if (id.isEmpty()) {
            log.info("{} message {} delivered again; already stored", message.channel(), message.messageId());
            return Outcome.DUPLICATE;
        }
        offer(id.get());
        return Outcome.ACCEPTED;
    }

    /**
     * Inserts on the store pool and waits at most {@code storeTimeout}. A stalled insert that completes later still
     * counts: its row is offered to the workers then, and the outbox copy kept meanwhile is found stored on replay.
     */
    private Optional<Long> insertWithin(InboundEnvelope envelope) {
        CompletableFuture<Optional<Long>> insert;
        try {
            insert = CompletableFuture.supplyAsync(() -> store.insert(envelope), storing);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("database inserts stalled", e);
        }
        try {
            return insert.get(properties.storeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            insert.thenAccept(late -> late.ifPresent(this::offer));
            throw new IllegalStateException("database did not store the message within " + properties.storeTimeout(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Stores a message kept in the outbox while the database was down; false when it was stored before.
     * Throws when the database still fails.
     */
    public boolean store(InboundEnvelope envelope) {
        Optional<Long> id = store.insert(envelope);
        id.ifPresent(this::offer);
        return id.isPresent();
    }

    private boolean storedMeanwhile(InboundMessage message) {
        try {
            return CompletableFuture.supplyAsync(() -> store.stored(message), storing)
                    .get(properties.storeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException | ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sends a short notice (such as {@link ChannelReplies#BUSY}) off the caller's thread, best effort. */
    public void notifyLater(String channel, String messageId, Runnable send) {
        notices.execute(() -> {
            try {
                send.run();
            } catch (RuntimeException e) {
                log.warn("Notice for {} message {} not delivered: {}", channel, messageId, e.getMessage());
            }
        });
    }

    private void offer(long id) {
        if (pool.isShutdown() || !inHand.add(id)) {
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    process(id);
                } finally {
                    inHand.remove(id);
                }
            });
        } catch (RejectedExecutionException e) {
            // Stored: it waits in the database and the poll offers it again when there is room.
            inHand.remove(id);
        }
    }

    private void process(long id) {
        Optional<InboundStore.Claimed> claimed;
        try {
            claimed = store.claim(id, properties.processingLease());
        } catch (RuntimeException e) {
            log.warn("Stored message {} not taken (database: {}); the next poll tries again", id,
                    e.getClass().getSimpleName());
            return;
        }
        if (claimed.isEmpty()) {
            return; // another worker (maybe another instance) has it, or it is done
        }
        InboundStore.Claimed work = claimed.get();
        InboundMessage message = work.envelope().message();
        Reply reply;
        try {
            reply = work.envelope().fixedReply() != null ? Reply.text(work.envelope().fixedReply())
                    : conversation.apply(message);
        } catch (RuntimeException e) {
            failedProcessing(work, e);
            return;
        }
        try {
            if (reply == null || reply.isSilent()) {
                store.done(id);
                return;
            }
            String text = late(work) ? ChannelReplies.LATE + reply.text() : reply.text();
            store.replyReady(id, text);
        } catch (RuntimeException e) {
            // The lease lapses and the message is processed again; the note is saved once (keyed by message id).
            log.warn("Reply to {} message {} not stored ({}); processed again after the lease", message.channel(),
                    message.messageId(), e.getClass().getSimpleName());
            return;
        }
        replies.offer(id);
    }

    /**
     * Database trouble of any kind leaves the message to its lease (processed again when the database is back);
     * other failures are tried a few times, then the member is told and the message is closed.
     */
    private void failedProcessing(InboundStore.Claimed work, RuntimeException e) {
        InboundMessage message = work.envelope().message();
        if (DatabaseDown.is(e) || work.attempts() < properties.processingAttempts()) {
            log.warn("Processing {} message {} failed (try {}): {}; taken again after the lease", message.channel(),
                    message.messageId(), work.attempts(), e.toString());
            return;
        }
        log.error("Processing {} message {} failed {} times; the member is asked to send it again", message.channel(),
                message.messageId(), work.attempts(), e);
        try {
            store.replyReady(work.id(), ChannelReplies.NOT_PROCESSED);
            replies.offer(work.id());
        } catch (RuntimeException stored) {
            log.warn("Failure notice for {} not stored", work.id(), stored);
        }
    }

    /** A reply that comes long after the message says so, so the member knows which message it answers. */
    private boolean late(InboundStore.Claimed work) {
        return work.attempts() > 1 || Duration.between(work.createdAt(), Instant.now()).toSeconds() > 30;
    }

    /**
     * Offers what waits in the database: messages that found the pool full or whose worker died, and replies due
     * for a try. Safe with several instances: the lease decides who takes a row.
     */
    @Scheduled(initialDelayString = "${bot.channels.resume-first:PT3S}", fixedDelayString = "${bot.channels.resume-every:PT1S}")
    public void resume() {
        if (pool.isShutdown()) {
            return;
        }
        int room = Math.min(pool.getQueue().remainingCapacity(), replies.room());
        if (room <= 0) {
            return;
        }
        try {
            for (InboundRow row : store.due(properties.resumePendingAfter(), room)) {
                if (InboundStore.REPLYING.equals(row.status())) {
                    replies.offer(row.id());
                } else {
                    offer(row.id());
                }
            }
        } catch (RuntimeException e) {
            log.debug("Resume poll: database unavailable", e);
        }
    }

    /** Handled messages are remembered for {@code dedupTtl} (platform re-deliveries), then forgotten. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
    public void purge() {
        try {
            int purged = store.purge(properties.dedupTtl());
            if (purged > 0) {
                log.debug("Forgot {} handled message(s)", purged);
            }
        } catch (RuntimeException e) {
            log.debug("Purge: database unavailable", e);
        }
    }

    /**
     * Messages in hand finish within the grace period; the others stay stored (PENDING, or PROCESSING until their
     * lease lapses) and are resumed after the restart, by this instance or another.
     */
    @Override
    public void destroy() throws InterruptedException {
        notices.shutdown();
        storing.shutdown();
        pool.shutdown();
        if (!pool.awaitTermination(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
            int waiting = pool.shutdownNow().size();
            log.warn("Shutdown: {} stored message(s) had not started; resumed after the restart", waiting);
        }
    }
}
