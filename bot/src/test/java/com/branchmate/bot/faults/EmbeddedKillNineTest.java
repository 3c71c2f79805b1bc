package com.branchmate.bot.faults;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The embedded default (H2 file database under bot.data-dir): a bot in its own process gets a burst of notes through
 * /api/chat and is killed with kill -9 right after the last of them was confirmed, others still in flight. After the
 * restart every confirmed note is there, once. H2's default WRITE_DELAY (500 ms) lost the last confirmed notes here.
 */
@Tag("faults")
class EmbeddedKillNineTest {

    @Test
    void everyNoteConfirmedBeforeKillNineIsThereOnceAfterTheRestart() throws Exception {
        Path dir = Path.of("target", "faults", "h2-kill-" + Long.toHexString(System.currentTimeMillis())).toAbsolutePath();

        KillNineCheck.burstKillAndRestart("embedded H2", dir, List.of()).assertNothingConfirmedWasLost();
    }
}
