package com.branchmate.bot.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import com.branchmate.bot.channels.InboundDispatcher.Outcome;
import com.branchmate.bot.platform.kv.InMemoryKeyValueStore;

@Tag("channel")
class InboundDispatcherTest {

    private final InMemoryKeyValueStore store = new InMemoryKeyValueStore(Clock.systemUTC());
    private final List<Reply> sent = new CopyOnWriteArrayList<>();
    private final List<InboundMessage> kept = new CopyOnWriteArrayList<>();
    private InboundDispatcher dispatcher;

    @AfterEach
    void stop() throws InterruptedException {
        dispatcher.destroy();
    }

    @Test
    void sameMessageIdIsProcessedOnceEvenWhenDeliveredConcurrently() throws InterruptedException {
        AtomicInteger handled = new AtomicInteger();
        dispatcher = dispatcher(m -> {
            handled.incrementAndGet();
            return Reply.text("已记下");
        }, 2, 10);
        var outcomes = new CopyOnWriteArrayList<Outcome>();
        var threads = List.of(new Thread(() -> outcomes.add(dispatcher.dispatch(message("m1"), sent::add))),
                new Thread(() -> outcomes.add(dispatcher.dispatch(message("m1"), sent::add))),
                new Thread(() -> outcomes.add(dispatcher.dispatch(message("m1"), sent::add))));
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 1);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> handled.get() == 1);
        assertThat(handled).hasValue(1);
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.DUPLICATE, Outcome.DUPLICATE);
    }

    @Test
    void acceptedWorkFinishesAtShutdown() throws InterruptedException {
        AtomicInteger handled = new AtomicInteger();
        dispatcher = dispatcher(m -> {
            sleep(50);
            handled.incrementAndGet();
            return Reply.text("已记下");
        }, 1, 10);
        for (String id : List.of("s1", "s2", "s3")) {
            assertThat(dispatcher.dispatch(message(id), sent::add)).isEqualTo(Outcome.ACCEPTED);
        }

        dispatcher.destroy();

        assertThat(handled).hasValue(3);
        assertThat(sent).hasSize(3);
        assertThat(kept).isEmpty();
    }

    @Test
    void messagesNotStartedWithinTheGraceAreKeptForAfterTheRestartWithTheirClaim() throws InterruptedException {
        var stuck = new java.util.concurrent.CountDownLatch(1);
        List<String> handled = new CopyOnWriteArrayList<>();
        dispatcher = dispatcher(m -> {
            handled.add(m.messageId());
            try {
                stuck.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.text("已记下");
        }, 1, 10);
        for (String id : List.of("k1", "k2", "k3")) {
            dispatcher.dispatch(message(id), sent::add);
        }

        dispatcher.destroy();

        assertThat(handled).containsExactly("k1");
        assertThat(kept).extracting(InboundMessage::messageId).containsExactly("k2", "k3");
        // Still claimed: a platform retry of k2 before the restart must not run it a second time.
        assertThat(store.get("dedup:wecom:k2")).isPresent();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void failedProcessingReleasesTheClaimSoTheRetrySucceeds() {
        AtomicInteger calls = new AtomicInteger();
        dispatcher = dispatcher(m -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            return Reply.text("已记下");
        }, 1, 10);

        assertThat(dispatcher.dispatch(message("m2"), sent::add)).isEqualTo(Outcome.ACCEPTED);
        await().atMost(Duration.ofSeconds(5)).until(() -> store.get("dedup:wecom:m2").isEmpty());
        assertThat(dispatcher.dispatch(message("m2"), sent::add)).isEqualTo(Outcome.ACCEPTED);

        await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 1);
        assertThat(dispatcher.dispatch(message("m2"), sent::add)).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void failedDeliveryAlsoReleasesTheClaim() {
        dispatcher = dispatcher(m -> Reply.text("已记下"), 1, 10);

        dispatcher.dispatch(message("m3"), reply -> {
            throw new IllegalStateException("WeCom unreachable");
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> store.get("dedup:wecom:m3").isEmpty());
    }

    @Test
    void fullPoolAnswersBusyAndKeepsNoClaim() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        dispatcher = dispatcher(m -> {
            started.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.text("ok");
        }, 1, 1);

        assertThat(dispatcher.dispatch(message("a"), sent::add)).isEqualTo(Outcome.ACCEPTED);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue(); // the worker holds "a", so "b" waits in the queue
        assertThat(dispatcher.dispatch(message("b"), sent::add)).isEqualTo(Outcome.ACCEPTED);
        Outcome third = dispatcher.dispatch(message("c"), sent::add);
        release.countDown();

        assertThat(third).isEqualTo(Outcome.BUSY);
        assertThat(store.get("dedup:wecom:c")).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 2);
    }

    @Test
    void groupMessageNotAddressedToTheBotIsIgnored() {
        AtomicInteger handled = new AtomicInteger();
        dispatcher = dispatcher(m -> {
            handled.incrementAndGet();
            return Reply.text("x");
        }, 1, 10);

        var outcome = dispatcher.dispatch(new InboundMessage("dingtalk", "g1", "staff", "cid", "闲聊", Instant.now(), false),
                sent::add);

        assertThat(outcome).isEqualTo(Outcome.IGNORED);
        assertThat(handled).hasValue(0);
    }

    private InboundDispatcher dispatcher(Function<InboundMessage, Reply> handler, int workers, int queue) {
        return new InboundDispatcher(handler, store, new ChannelsProperties(workers, queue, 3, Duration.ofMillis(10),
                Duration.ofSeconds(1), DataSize.ofMegabytes(1), Duration.ofHours(9), Duration.ofMillis(300)), kept::add);
    }

    private static InboundMessage message(String id) {
        return new InboundMessage("wecom", id, "user1", null, "今天去了建行", Instant.now(), true);
    }
}
