package com.branchmate.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.branchmate.bot.support.HttpTestClient;

/**
 * The kill -9 check: a burst of notes, a kill, a restart; then what the burst saw confirmed against what the restarted
 * bot has, with the counts printed.
 */
final class KillNineCheck {

    record Result(String where, int answered, int confirmed, int confirmedSaved, int saved, int inFlight,
                  int duplicates, List<Long> missing, List<Long> changed) {

        void assertNothingConfirmedWasLost() {
            assertThat(missing).as(where + ": confirmed notes missing after kill -9 and restart: " + this).isEmpty();
            assertThat(changed).as(where + ": confirmed notes saved with other text: " + this).isEmpty();
            assertThat(confirmedSaved).as(where + ": notes saved = notes confirmed").isEqualTo(confirmed);
            assertThat(duplicates).as(where + ": duplicates").isZero();
            // Notes in flight at the kill were never confirmed: each may or may not have been saved, nothing else.
            assertThat(saved).as(where + ": saved beyond confirmed and in flight").isLessThanOrEqualTo(answered + inFlight);
        }
    }

    private static final String TOKEN = "kill-nine-token";

    private KillNineCheck() {
    }

    /**
     * A bot process on {@code dir} with the arguments gets a burst of notes from four members through /api/chat and
     * is killed with kill -9 right after the last was confirmed; a second process on the same data then tells what
     * was kept.
     */
    static Result burstKillAndRestart(String where, Path dir, List<String> arguments) throws Exception {
        List<String> withToken = new ArrayList<>(arguments);
        withToken.add("--bot.api-token=" + TOKEN);
        try (BotProcess first = BotProcess.start(dir, "first", BotProcess.freePort(), withToken)
                .awaitReady(Duration.ofMinutes(2))) {
            var client = new HttpTestClient(first.port()).withBearer(TOKEN);
            var burst = new NoteBurst(client, NoteBurst.createMembers(client, 4));
            var outcome = burst.run(40, first::kill);
            try (BotProcess second = BotProcess.start(dir, "second", BotProcess.freePort(), withToken)
                    .awaitReady(Duration.ofMinutes(2))) {
                return check(where, outcome, burst.saved(new HttpTestClient(second.port()).withBearer(TOKEN)));
            }
        }
    }

    static Result check(String where, NoteBurst.Outcome outcome, Map<Long, String> saved) {
        Map<Long, NoteBurst.Sent> confirmed = outcome.confirmed();
        List<Long> missing = confirmed.keySet().stream().filter(id -> !saved.containsKey(id)).sorted().toList();
        List<Long> changed = confirmed.entrySet().stream()
                .filter(e -> saved.containsKey(e.getKey()) && !saved.get(e.getKey()).equals(e.getValue().text()))
                .map(Map.Entry::getKey).sorted().toList();
        int duplicates = saved.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .values().stream().mapToInt(n -> (int) (n - 1)).sum();
        var result = new Result(where, outcome.answered().size(), confirmed.size(),
                (int) confirmed.keySet().stream().filter(saved::containsKey).count(), saved.size(),
                outcome.inFlightAtFault(), duplicates, missing, changed);
        System.out.printf("kill -9 on %s: %d answered, %d confirmed, %d of them saved after the restart, %d saved in all,"
                        + " %d in flight at the kill, %d duplicates%n", where, result.answered(), result.confirmed(),
                result.confirmedSaved(), result.saved(), result.inFlight(), result.duplicates());
        return result;
    }
}
