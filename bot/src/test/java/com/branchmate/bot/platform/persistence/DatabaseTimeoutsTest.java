package com.branchmate.bot.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLRecoverableException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.TransactionSystemException;

import com.zaxxer.hikari.HikariDataSource;

class DatabaseTimeoutsTest {

    private static final DatabaseProperties DEFAULTS = new DatabaseProperties(Duration.ofSeconds(5),
            Duration.ofSeconds(40), Duration.ofSeconds(120));

    @Test
    void mysqlConnectionsGetConnectSocketAndServerIdleTimeouts() {
        var properties = DatabaseTimeouts.driverProperties("jdbc:mysql://db:3306/branchmate?useUnicode=true", DEFAULTS);

        assertThat(properties).containsEntry("connectTimeout", "5000").containsEntry("socketTimeout", "40000")
                .containsEntry("sessionVariables", "wait_timeout=120");
    }

    @Test
    void whatTheUrlAlreadySaysWinsAndOtherDatabasesAreLeftAlone() {
        assertThat(DatabaseTimeouts.driverProperties("jdbc:mysql://db/branchmate?socketTimeout=90000", DEFAULTS))
                .doesNotContainKey("socketTimeout").containsKey("connectTimeout");
        assertThat(DatabaseTimeouts.driverProperties("jdbc:h2:file:./data/branchmate;MODE=MySQL", DEFAULTS)).isEmpty();
    }

    @Test
    void thePoolIsConfiguredFromTheEnvironmentWithItsKeepaliveUnderTheServerIdleLimit() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:mysql://db:3306/branchmate");
            DatabaseTimeoutsProbe.apply(pool, new MockEnvironment().withProperty("bot.database.socket-timeout", "20s"));

            assertThat(pool.getDataSourceProperties()).containsEntry("socketTimeout", "20000")
                    .containsEntry("connectTimeout", "5000").containsEntry("sessionVariables", "wait_timeout=120");
            assertThat(pool.getKeepaliveTime()).isEqualTo(Duration.ofSeconds(30).toMillis());
        }
    }

    @Test
    void aConnectionThatBrokeMidStatementOrAtCommitMeansTheDatabaseIsDown() {
        assertThat(DatabaseDown.is(new RecoverableDataAccessException("link failure",
                new SQLRecoverableException("Read timed out")))).isTrue();
        assertThat(DatabaseDown.is(new TransactionSystemException("Could not commit JDBC transaction"))).isTrue();
        assertThat(DatabaseDown.is(new IllegalArgumentException("not the database"))).isFalse();
    }
}
