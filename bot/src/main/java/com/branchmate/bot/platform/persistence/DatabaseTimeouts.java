package com.branchmate.bot.platform.persistence;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Gives the pool's MySQL/MariaDB connections the timeouts of {@link DatabaseProperties} as driver properties
 * ({@code connectTimeout}, {@code socketTimeout}, the session's {@code wait_timeout}), unless the JDBC URL already
 * names them (the operator's choice wins), and keeps the pool's keepalive under the server's idle limit. Runs after
 * Spring Boot has bound {@code spring.datasource.*} and before the pool opens its first connection.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTimeouts {

    /** Hikari refuses keepalives under 30 s. */
    private static final Duration MIN_KEEPALIVE = Duration.ofSeconds(30);

    @Bean
    static BeanPostProcessor databaseTimeoutsPostProcessor(Environment environment) {
        return new Applier(environment);
    }

    /** The driver properties for {@code jdbcUrl}; empty for databases other than MySQL/MariaDB. */
    static Map<String, String> driverProperties(String jdbcUrl, DatabaseProperties timeouts) {
        if (!isMysql(jdbcUrl)) {
            return Map.of();
        }
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        var properties = new LinkedHashMap<String, String>();
        putUnlessInUrl(properties, url, "connectTimeout", String.valueOf(timeouts.connectTimeout().toMillis()));
        putUnlessInUrl(properties, url, "socketTimeout", String.valueOf(timeouts.socketTimeout().toMillis()));
        putUnlessInUrl(properties, url, "sessionVariables", "wait_timeout=" + timeouts.serverIdleTimeout().toSeconds());
        return properties;
    }

    static boolean isMysql(String jdbcUrl) {
        return jdbcUrl != null && (jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:"));
    }

    private static void putUnlessInUrl(Map<String, String> properties, String lowerCaseUrl, String key,
                                       String value) {
        if (!lowerCaseUrl.contains(key.toLowerCase(Locale.ROOT) + "=")) {
            properties.put(key, value);
        }
    }

    private static final class Applier implements BeanPostProcessor, Ordered {

        private final Environment environment;

        Applier(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof HikariDataSource pool && isMysql(pool.getJdbcUrl())) {
                DatabaseProperties timeouts = Binder.get(environment)
                        .bindOrCreate("bot.database", DatabaseProperties.class);
                driverProperties(pool.getJdbcUrl(), timeouts).forEach((key, value) -> {
                    if (!pool.getDataSourceProperties().containsKey(key)) {
                        pool.addDataSourceProperty(key, value);
                    }
                });
                long keepalive = Math.max(MIN_KEEPALIVE.toMillis(), timeouts.serverIdleTimeout().toMillis() / 4);
                if (pool.getKeepaliveTime() == 0 || pool.getKeepaliveTime() > keepalive) {
                    pool.setKeepaliveTime(keepalive);
                }
            }
            return bean;
        }

        /** After Spring Boot's binding of spring.datasource.hikari, before test wrappers of the DataSource. */
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 100;
        }
    }
}
