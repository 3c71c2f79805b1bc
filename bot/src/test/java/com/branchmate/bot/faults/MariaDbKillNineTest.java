package com.branchmate.bot.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.branchmate.bot.support.HttpTestClient;

/**
 * As {@link EmbeddedKillNineTest}, on MariaDB/MySQL (SPRING_DATASOURCE_URL; .ci/run's second phase): a bot process
 * killed with kill -9 right after confirming a burst of notes has every confirmed note after the restart, once.
 */
@Tag("persistence")
@Tag("faults")
class MariaDbKillNineTest {

    private static final String TOKEN = "kill-nine-token";

    @Test
    void everyNoteConfirmedBeforeKillNineIsThereOnceAfterTheRestart() throws Exception {
        var database = ExternalDatabase.fromEnvironment();
        Path dir = Path.of("target", "faults", "mariadb-kill-" + Long.toHexString(System.currentTimeMillis()))
                .toAbsolutePath();
        List<String> arguments = database.arguments(database.url(), "--bot.api-token=" + TOKEN);

        KillNineCheck.Result result;
        try (BotProcess first = BotProcess.start(dir, "first", BotProcess.freePort(), arguments)
                .awaitReady(Duration.ofMinutes(2))) {
            var client = new HttpTestClient(first.port()).withBearer(TOKEN);
            var burst = new NoteBurst(client, NoteBurst.createMembers(client, 4));
            var outcome = burst.run(40, first::kill);
            try (BotProcess second = BotProcess.start(dir, "second", BotProcess.freePort(), arguments)
                    .awaitReady(Duration.ofMinutes(2))) {
                result = KillNineCheck.check("MariaDB", outcome,
                        burst.saved(new HttpTestClient(second.port()).withBearer(TOKEN)));
            }
        }
        result.assertNothingConfirmedWasLost();
    }
}
