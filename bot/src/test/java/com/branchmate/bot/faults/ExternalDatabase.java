package com.branchmate.bot.faults;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.branchmate.bot.support.Services;

/**
 * The MariaDB/MySQL a services run points at (SPRING_DATASOURCE_URL and friends), for fault tests that start their
 * own bot processes against it, directly or through a proxy on another port.
 */
record ExternalDatabase(String url, String username, String password, String encryptionKey) {

    /** A fixed key when none is set: against MySQL the bot refuses to start without one. */
    private static final String TEST_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    static ExternalDatabase fromEnvironment() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        Services.require(url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")),
                "MariaDB fault test skipped: set SPRING_DATASOURCE_URL to a jdbc:mysql:// URL to run it against MariaDB");
        String key = System.getenv("BOT_ENCRYPTION_KEY");
        return new ExternalDatabase(url, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "root"),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""),
                key == null || key.isBlank() ? TEST_KEY : key);
    }

    String host() {
        return address().getHost();
    }

    int port() {
        int port = address().getPort();
        return port == -1 ? 3306 : port;
    }

    /** The same URL with host and port replaced: how a bot is pointed at a proxy in front of the database. */
    String via(String host, int port) {
        int authority = url.indexOf("://") + 3;
        int end = authority;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?') {
            end++;
        }
        return url.substring(0, authority) + host + ":" + port + url.substring(end);
    }

    /** Bot arguments for this database at {@code url}, plus extra ones. */
    List<String> arguments(String jdbcUrl, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username, "--spring.datasource.password=" + password,
                "--bot.encryption-key=" + encryptionKey));
        arguments.addAll(Arrays.asList(extra));
        return arguments;
    }

    private URI address() {
        return URI.create(url.substring("jdbc:".length()));
    }
}
