package com.branchmate.bot.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * A redis-server of the test's own on a free loopback port, which the test can stop, start again on the same
 * port, and hang (SIGSTOP: connections are accepted by the kernel but nothing answers, as with a frozen host).
 */
public final class PrivateRedis implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    private PrivateRedis(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    /** Null when redis-server is not installed. */
    public static PrivateRedis startIfInstalled() {
        if (!Files.isExecutable(Path.of("/usr/bin/redis-server")) && !Files.isExecutable(Path.of("/usr/local/bin/redis-server"))) {
            return null;
        }
        try {
            PrivateRedis redis = new PrivateRedis(freePort(), Files.createTempDirectory("private-redis"));
            redis.start();
            return redis;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    public void start() throws IOException {
        process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write("PING\r\n".getBytes());
                return socket.getInputStream().read() == '+';
            }
        });
    }

    /** Stopped: connections are refused. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Hung: the process is frozen (SIGSTOP); connects may succeed but no command is answered. */
    public void hang() throws IOException, InterruptedException {
        signal("-STOP");
    }

    public void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder(List.of("kill", signal, String.valueOf(process.pid()))).inheritIO().start()
                .waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            resume();
            stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
