package com.branchmate.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.branchmate.bot.BranchMateApplication;
import com.branchmate.bot.support.HttpTestClient;

/**
 * A bot in its own JVM, started from the test classpath, that a fault test can kill with {@code kill -9}
 * ({@link Process#destroyForcibly()}) and start again on the same data directory. Its output goes to a log
 * file under target/ that stays after the run.
 */
public final class BotProcess implements AutoCloseable {

    /** Environment a child must not inherit unless the test asks: it decides which database and Redis it uses. */
    private static final List<String> SERVICE_ENVIRONMENT = List.of("SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "BOT_REDIS_URL", "BOT_ENCRYPTION_KEY",
            "BOT_LLM_BASE_URL", "BOT_LLM_API_KEY", "BOT_LLM_MODEL");

    private final Process process;
    private final Path log;
    private final int port;

    private BotProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts a bot with the application's own defaults (the main application.yml only, not the tests' in-memory
     * database) plus the given arguments, and none of the service environment variables.
     *
     * @param name a label for the log file: each start of the same bot writes its own
     */
    public static BotProcess start(Path dir, String name, int port, List<String> arguments) throws IOException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), BranchMateApplication.class.getName(),
                // The main application.yml alone: what a deployment runs with, not the test classpath's overrides.
                "--spring.config.location=classpath:/application.yml",
                "--server.port=" + port, "--bot.data-dir=" + dir.resolve("data"),
                // No huddles: a fault test's bot must not take the scheduler's lock in a database other tests share.
                "--bot.kb.default-playbook=false", "--bot.huddles.cron=-", "--logging.level.root=warn",
                "--logging.level.com.branchmate=info"));
        command.addAll(arguments);
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        SERVICE_ENVIRONMENT.forEach(builder.environment()::remove);
        return new BotProcess(builder.start(), log, port);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Waits until the bot answers readiness (database up, migrations done). */
    public BotProcess awaitReady(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(300)).ignoreExceptions().until(() -> {
            assertThat(process.isAlive()).as("bot process exited; see " + log).isTrue();
            return new HttpTestClient(port).get("/actuator/health/readiness").status() == 200;
        });
        return this;
    }

    /** kill -9: no shutdown hook, no graceful stop, nothing flushed that was not already written. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("bot process did not die after kill -9");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
