package com.branchmate.bot.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.branchmate.bot.support.HttpTestClient;

/**
 * The embedded default (H2 file database under bot.data-dir): a bot in its own process gets a burst of notes through
 * /api/chat and is killed with kill -9 right after the last of them was confirmed, others still in flight. After the
 * restart every confirmed note is there, once. H2's default WRITE_DELAY (500 ms) lost the last confirmed notes here.
 */
@Tag("faults")
class EmbeddedKillNineTest {

    private static final String TOKEN = "kill-nine-token";

    @Test
    void everyNoteConfirmedBeforeKillNineIsThereOnceAfterTheRestart() throws Exception {
        Path dir = Path.of("target", "faults", "h2-kill-" + Long.toHexString(System.currentTimeMillis())).toAbsolutePath();
        List<String> arguments = List.of("--bot.api-token=" + TOKEN);

        KillNineCheck.Result result;
        try (BotProcess first = BotProcess.start(dir, "first", BotProcess.freePort(), arguments)
                .awaitReady(Duration.ofMinutes(2))) {
            var client = new HttpTestClient(first.port()).withBearer(TOKEN);
            var burst = new NoteBurst(client, NoteBurst.createMembers(client, 4));
            var outcome = burst.run(40, first::kill);
            try (BotProcess second = BotProcess.start(dir, "second", BotProcess.freePort(), arguments)
                    .awaitReady(Duration.ofMinutes(2))) {
                result = KillNineCheck.check("embedded H2", outcome,
                        burst.saved(new HttpTestClient(second.port()).withBearer(TOKEN)));
            }
        }
        result.assertNothingConfirmedWasLost();
    }
}
