package com.branchmate.bot.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

import tools.jackson.databind.JsonNode;

/**
 * A burst of visit notes through {@code POST /api/chat}, one sender per member, that runs until a number of notes
 * have been confirmed to their members ("已记下拜访笔记 #id") and then, in the thread that received the last
 * confirmation, does something drastic (kill -9) while the other senders still have notes in flight. Afterwards it
 * checks what the restarted bot kept against what was confirmed.
 */
public final class NoteBurst {

    private static final Pattern CONFIRMED = Pattern.compile("已记下拜访笔记 #(\\d+)");
    /** Distinct branches and people per sender, so no sender waits on another's rows or asks "which one". */
    private static final String[] BANKS = {"建行", "工行", "农行", "中行"};
    private static final String[] PEOPLE = {"李娜", "王芳", "赵敏", "孙丽"};

    /** What the bot said to one note. */
    public record Sent(String member, String text, Long confirmedId) {
    }

    /** What the burst saw: every note sent and answered, and how many were in flight when the fault came. */
    public record Outcome(List<Sent> answered, int inFlightAtFault) {

        public Map<Long, Sent> confirmed() {
            Map<Long, Sent> confirmed = new HashMap<>();
            answered.stream().filter(s -> s.confirmedId() != null).forEach(s -> confirmed.put(s.confirmedId(), s));
            return confirmed;
        }
    }

    private final HttpTestClient client;
    private final List<String> members;
    /** A branch name part of this run only, in Chinese numerals as branch names are written: 城四七一二九. */
    private final String run = "城" + String.valueOf(100_000 + new java.util.Random().nextInt(900_000)).chars()
            .mapToObj(c -> String.valueOf("零一二三四五六七八九".charAt(c - '0'))).collect(java.util.stream.Collectors.joining());

    public NoteBurst(HttpTestClient client, List<String> members) {
        this.client = client;
        this.members = members;
    }

    /** Creates the burst's members through the API; returns their logins. */
    public static List<String> createMembers(HttpTestClient client, int count) {
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String login = Fixtures.unique("burst");
            var created = client.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "突发" + i,
                    "role", "MEMBER", "team", "default")));
            if (created.status() != 201) {
                throw new IllegalStateException("member not created: " + created.status() + " " + created.body());
            }
            logins.add(login);
        }
        return logins;
    }

    /** Sends until {@code confirmations} notes are confirmed, then runs {@code fault} right away. */
    public Outcome run(int confirmations, FaultAction fault) throws Exception {
        List<Sent> answered = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger confirmedSoFar = new AtomicInteger();
        AtomicBoolean faulted = new AtomicBoolean();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger inFlightAtFault = new AtomicInteger(-1);
        ExecutorService senders = Executors.newFixedThreadPool(members.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int s = 0; s < members.size(); s++) {
                int sender = s;
                futures.add(senders.submit(() -> {
                    for (int i = 0; !faulted.get(); i++) {
                        String member = members.get(sender);
                        String text = "今天去了" + BANKS[sender % BANKS.length] + run + "支行，大堂经理"
                                + PEOPLE[sender % PEOPLE.length] + "喜欢瑜伽，第" + (i + 1) + "次拜访。";
                        inFlight.incrementAndGet();
                        HttpTestClient.Response response;
                        try {
                            response = client.postJson("/api/chat", JsonText.of(Map.of("member", member, "text", text)));
                        } catch (RuntimeException connectionLost) {
                            return null; // the bot died with this note in flight: never confirmed
                        } finally {
                            inFlight.decrementAndGet();
                        }
                        if (response.status() != 200) {
                            throw new IllegalStateException("chat answered " + response.status() + ": " + response.body());
                        }
                        Matcher matcher = CONFIRMED.matcher(response.json().path("reply").asString(""));
                        Long id = matcher.find() ? Long.valueOf(matcher.group(1)) : null;
                        answered.add(new Sent(member, text, id));
                        if (id != null && confirmedSoFar.incrementAndGet() == confirmations) {
                            inFlightAtFault.set(inFlight.get());
                            faulted.set(true);
                            fault.run();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            senders.shutdownNow();
        }
        if (!faulted.get()) {
            throw new IllegalStateException("the burst ended before " + confirmations + " confirmations");
        }
        return new Outcome(List.copyOf(answered), inFlightAtFault.get());
    }

    /** The notes the (restarted) bot has for the burst's members, by id, with their text. */
    public Map<Long, String> saved(HttpTestClient restarted) {
        Map<Long, String> saved = new HashMap<>();
        for (String member : members) {
            var response = restarted.get("/api/notes?member=" + member + "&limit=1000");
            if (response.status() != 200) {
                throw new IllegalStateException("notes of " + member + ": " + response.status() + " " + response.body());
            }
            for (JsonNode note : response.json()) {
                saved.put(note.get("id").asLong(), note.get("text").asString());
            }
        }
        return saved;
    }

    @FunctionalInterface
    public interface FaultAction {
        void run() throws Exception;
    }
}
