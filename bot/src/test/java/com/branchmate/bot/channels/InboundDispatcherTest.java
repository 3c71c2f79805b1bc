package com.branchmate.bot.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.util.unit.DataSize;

import com.branchmate.bot.channels.InboundDispatcher.Outcome;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.SwitchableDataSource;

/**
 * The dispatcher on the real {@code inbound_message} table: a message is stored before it is acknowledged,
 * processed once, resumed after its worker died, and its reply retried apart from processing. The application's
 * own resume poll is off here, so only the dispatchers these tests build take rows.
 */
@Import(SwitchableDataSource.Wrapping.class)
@SpringBootTest(properties = {"bot.channels.resume-first=PT1H", "spring.datasource.hikari.connection-timeout=1000"})
@Tag("channel")
class InboundDispatcherTest {

    private static final Duration SHORT_LEASE = Duration.ofMillis(300);

    @Autowired
    InboundStore store;

    @Autowired
    OutboundSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<InboundEnvelope> kept = new CopyOnWriteArrayList<>();
    private final List<InboundDispatcher> dispatchers = new ArrayList<>();
    private final List<ReplyQueue> queues = new ArrayList<>();
    /** What the test platform does with the next sends: null sends, otherwise thrown. */
    private final List<RuntimeException> sendFailures = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        ((SwitchableDataSource) dataSource).comeBack();
        for (InboundDispatcher dispatcher : dispatchers) {
            dispatcher.destroy();
        }
        for (ReplyQueue queue : queues) {
            queue.destroy();
        }
    }

    @Test
    void sameMessageDeliveredConcurrentlyIsStoredAndAnsweredOnce() throws InterruptedException {
        AtomicInteger handled = new AtomicInteger();
        var dispatcher = dispatcher(m -> {
            handled.incrementAndGet();
            return Reply.text("已记下");
        }, 2, 10, SHORT_LEASE, Duration.ofMinutes(1));
        String id = Fixtures.unique("same");
        var outcomes = new CopyOnWriteArrayList<Outcome>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            threads.add(new Thread(() -> outcomes.add(dispatcher.dispatch(message(id), route()))));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals(InboundStore.DONE));
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.DUPLICATE, Outcome.DUPLICATE);
        assertThat(handled).hasValue(1);
        assertThat(sent).containsExactly(id + ":已记下");
    }

    @Test
    void messagesBeyondTheQueueAreAcknowledgedStoredAndProcessedWhenThereIsRoom() {
        CountDownLatch release = new CountDownLatch(1);
        var dispatcher = dispatcher(m -> {
            waitFor(release);
            return Reply.text("ok");
        }, 1, 1, Duration.ofMinutes(1), Duration.ofMinutes(1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = Fixtures.unique("full");
            ids.add(id);
            assertThat(dispatcher.dispatch(message(id), route())).isEqualTo(Outcome.ACCEPTED);
        }
        release.countDown();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            dispatcher.resume();
            return ids.stream().allMatch(id -> status(id).equals(InboundStore.DONE));
        });
        assertThat(sent).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void aTransactionErrorLeavesTheMessageToItsLeaseAndItIsProcessedOnceAfter() {
        AtomicInteger calls = new AtomicInteger();
        var dispatcher = dispatcher(m -> {
            if (calls.incrementAndGet() == 1) {
                throw new TransactionSystemException("commit failed");
            }
            return Reply.text("已记下");
        }, 1, 10, SHORT_LEASE, Duration.ofMinutes(1));
        String id = Fixtures.unique("tx");

        assertThat(dispatcher.dispatch(message(id), route())).isEqualTo(Outcome.ACCEPTED);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            dispatcher.resume();
            return status(id).equals(InboundStore.DONE);
        });
        assertThat(calls).hasValue(2);
        assertThat(sent).singleElement().asString().contains("已记下");
    }

    @Test
    void aMessageWhoseWorkerDiedIsNotDroppedAsADuplicateButResumedOnce() {
        String id = Fixtures.unique("killed");
        // A worker took the message and died (kill -9): the row is PROCESSING under a lease nobody renews.
        long row = store.insert(new InboundEnvelope(message(id), route(), null)).orElseThrow();
        assertThat(store.claim(row, SHORT_LEASE)).isPresent();
        AtomicInteger handled = new AtomicInteger();
        var dispatcher = dispatcher(m -> {
            handled.incrementAndGet();
            return Reply.text("已记下");
        }, 1, 10, SHORT_LEASE, Duration.ofMinutes(1));

        // The platform re-delivers: acknowledged, not processed a second time beside the resumed one.
        assertThat(dispatcher.dispatch(message(id), route())).isEqualTo(Outcome.DUPLICATE);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            dispatcher.resume();
            return status(id).equals(InboundStore.DONE);
        });
        assertThat(handled).hasValue(1);
        assertThat(sent).singleElement().asString().contains(ChannelReplies.LATE.strip());
    }

    @Test
    void aReplyThatFailedOn5xxIsRetriedWithoutHoldingProcessing() {
        var dispatcher = dispatcher(m -> Reply.text("已记下"), 1, 10, SHORT_LEASE, Duration.ofMinutes(1));
        sendFailures.add(new SendFailed("test send", new OutboundSender.Result(false, "RETRYING", 3, "HTTP 502", true)));
        sendFailures.add(new SendFailed("test send", new OutboundSender.Result(false, "RETRYING", 3, "timeout", true)));
        String id = Fixtures.unique("retry");

        dispatcher.dispatch(message(id), route());

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            dispatcher.resume();
            return status(id).equals(InboundStore.DONE);
        });
        assertThat(sent).containsExactly(id + ":已记下");
        assertThat(jdbc.queryForObject("select send_attempts from inbound_message where message_id = ?",
                Integer.class, id)).isEqualTo(3);
    }

    @Test
    void aReplyStillFailingAfterItsRetryTimeIsShownAsFailedInTheSendLog() {
        var dispatcher = dispatcher(m -> Reply.text("已记下"), 1, 10, SHORT_LEASE, Duration.ofMillis(400));
        for (int i = 0; i < 50; i++) {
            sendFailures.add(new SendFailed("test send", new OutboundSender.Result(false, "RETRYING", 3, "HTTP 503", true)));
        }
        String id = Fixtures.unique("gaveup");

        dispatcher.dispatch(message(id), route());

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            dispatcher.resume();
            return status(id).equals(InboundStore.FAILED);
        });
        assertThat(sent).isEmpty();
        // the send log's row is written just after the message is marked FAILED
        await().atMost(Duration.ofSeconds(5)).until(() -> !jdbc.queryForList(
                "select status from channel_send where message_key = ?", String.class, "in:" + id).isEmpty());
        assertThat(jdbc.queryForList("select status from channel_send where message_key = ?", String.class, "in:" + id))
                .containsExactly("FAILED");
    }

    @Test
    void whenTheDatabaseCannotStoreTheMessageItIsKeptInTheOutboxAndStillAcknowledged() {
        var dispatcher = dispatcher(m -> Reply.text("x"), 1, 10, SHORT_LEASE, Duration.ofMinutes(1));
        String id = Fixtures.unique("down");
        ((SwitchableDataSource) dataSource).goDown();

        Outcome outcome = dispatcher.dispatch(message(id), route());

        ((SwitchableDataSource) dataSource).comeBack();
        assertThat(outcome).isEqualTo(Outcome.ACCEPTED);
        assertThat(kept).singleElement().satisfies(e -> {
            assertThat(e.message().messageId()).isEqualTo(id);
            assertThat(e.route()).isEqualTo(route());
        });
        // Stored when the database is back, then processed like any message; a second replay finds it stored.
        assertThat(dispatcher.store(kept.get(0))).isTrue();
        assertThat(dispatcher.store(kept.get(0))).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals(InboundStore.DONE));
        assertThat(sent).containsExactly(id + ":x");
    }

    @Test
    void groupMessageNotAddressedToTheBotIsIgnoredAndNotStored() {
        var dispatcher = dispatcher(m -> Reply.text("x"), 1, 10, SHORT_LEASE, Duration.ofMinutes(1));
        String id = Fixtures.unique("g");

        var outcome = dispatcher.dispatch(new InboundMessage("test", id, "staff", "cid", "闲聊", Instant.now(), false),
                route());

        assertThat(outcome).isEqualTo(Outcome.IGNORED);
        assertThat(jdbc.queryForObject("select count(*) from inbound_message where message_id = ?", Integer.class, id))
                .isZero();
    }

    private InboundDispatcher dispatcher(Function<InboundMessage, Reply> handler, int workers, int queue,
                                         Duration lease, Duration replyRetryFor) {
        var properties = new ChannelsProperties(workers, queue, 1, Duration.ofMillis(10), Duration.ofSeconds(1),
                DataSize.ofMegabytes(1), Duration.ofHours(9), Duration.ofSeconds(2), lease, Duration.ofMillis(200),
                2, 100, replyRetryFor, Duration.ofMillis(100), 3, Duration.ofSeconds(2));
        ReplyRoute.Handler platform = new ReplyRoute.Handler() {
            @Override
            public String kind() {
                return "test";
            }

            @Override
            public void send(InboundMessage message, String data, Reply reply) {
                if (!sendFailures.isEmpty()) {
                    throw sendFailures.remove(0);
                }
                sent.add(message.messageId() + ":" + reply.text());
            }
        };
        var queueOfReplies = new ReplyQueue(store, List.of(platform), sender, properties, Clock.systemUTC());
        queues.add(queueOfReplies);
        var dispatcher = new InboundDispatcher(handler, store, queueOfReplies, properties, kept::add);
        dispatchers.add(dispatcher);
        return dispatcher;
    }

    private String status(String messageId) {
        List<String> statuses = jdbc.queryForList("select status from inbound_message where channel = 'test' "
                + "and message_id = ?", String.class, messageId);
        return statuses.isEmpty() ? "" : statuses.get(0);
    }

    private static ReplyRoute route() {
        return new ReplyRoute("test", "data");
    }

    private static InboundMessage message(String id) {
        return new InboundMessage("test", id, "user1", null, "今天去了建行", Instant.now(), true);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
