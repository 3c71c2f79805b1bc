package com.branchmate.bot.platform.persistence;

import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;

/** Applies the application's database timeouts to a pool a test builds itself, as the application does to its own. */
public final class DatabaseTimeoutsProbe {

    private DatabaseTimeoutsProbe() {
    }

    public static void apply(HikariDataSource pool, Environment environment) {
        DatabaseTimeouts.databaseTimeoutsPostProcessor(environment).postProcessAfterInitialization(pool, "dataSource");
    }
}
