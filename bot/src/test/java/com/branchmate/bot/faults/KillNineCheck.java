package com.branchmate.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares what a burst saw confirmed before kill -9 with what the restarted bot has, and prints the counts. */
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

    private KillNineCheck() {
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
