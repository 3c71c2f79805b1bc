package com.branchmate.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.branchmate.bot.platform.persistence.DatabaseTimeoutsProbe;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A bot connection that holds a row lock inside a transaction is cut off by a partition (black-holed: not even its
 * close reaches the server). The server ends that session after the configured idle limit and releases the lock, so
 * another instance can write that member's rows again; without the limit MySQL would hold the lock for
 * {@code wait_timeout} (8 hours by default) and every other writer would fail with a lock wait timeout.
 */
@Tag("persistence")
@Tag("faults")
class MariaDbLockReleaseTest {

    @Test
    void rowLockOfAPartitionedConnectionIsReleasedAfterTheServerIdleLimit() throws Exception {
        var database = ExternalDatabase.fromEnvironment();
        String table = "lock_probe_" + Long.toHexString(System.nanoTime());
        try (Connection direct = DriverManager.getConnection(database.url(), database.username(), database.password());
             TcpProxy proxy = new TcpProxy(database.host(), database.port());
             HikariDataSource pool = new HikariDataSource()) {
            direct.createStatement().execute("create table " + table + " (id int primary key, v int)");
            direct.createStatement().execute("insert into " + table + " values (1, 0)");
            pool.setJdbcUrl(database.via("127.0.0.1", proxy.port()));
            pool.setUsername(database.username());
            pool.setPassword(database.password());
            // As the application configures its pool, with a short server idle limit so the test stays short.
            DatabaseTimeoutsProbe.apply(pool, new MockEnvironment()
                    .withProperty("bot.database.server-idle-timeout", "3s")
                    .withProperty("bot.database.socket-timeout", "60s"));

            Connection holder = pool.getConnection();
            holder.setAutoCommit(false);
            holder.createStatement().executeQuery("select v from " + table + " where id = 1 for update").close();
            proxy.blackHole();

            direct.createStatement().execute("set session innodb_lock_wait_timeout = 30");
            long started = System.nanoTime();
            direct.createStatement().executeQuery("select v from " + table + " where id = 1 for update").close();
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("row lock of a partitioned connection released after %d ms%n", waited.toMillis());

            assertThat(waited).isLessThan(Duration.ofSeconds(15));
            proxy.heal();
            pool.evictConnection(holder);
        } finally {
            try (Connection cleanup = DriverManager.getConnection(database.url(), database.username(), database.password())) {
                cleanup.createStatement().execute("drop table if exists " + table);
            }
        }
    }
}
