package com.branchmate.bot.faults;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * As {@link EmbeddedKillNineTest}, on MariaDB/MySQL (SPRING_DATASOURCE_URL; .ci/run's second phase): a bot process
 * killed with kill -9 right after confirming a burst of notes has every confirmed note after the restart, once.
 */
@Tag("persistence")
@Tag("faults")
class MariaDbKillNineTest {

    @Test
    void everyNoteConfirmedBeforeKillNineIsThereOnceAfterTheRestart() throws Exception {
        var database = ExternalDatabase.fromEnvironment();
        Path dir = Path.of("target", "faults", "mariadb-kill-" + Long.toHexString(System.currentTimeMillis()))
                .toAbsolutePath();

        KillNineCheck.burstKillAndRestart("MariaDB", dir, database.arguments(database.url()))
                .assertNothingConfirmedWasLost();
    }
}
