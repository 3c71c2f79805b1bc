package com.branchmate.bot.platform.persistence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.database}: how long the bot waits on a MySQL/MariaDB connection that stopped answering (a crashed
 * host, a network partition), so a dead connection fails in seconds and the message goes to the outbox instead of
 * holding a worker, a transaction and the member's row lock for hours. Not used with the embedded H2.
 *
 * @param connectTimeout    opening a TCP connection to the database
 * @param socketTimeout     waiting for any answer on an open connection; above the transaction and statement
 *                          timeouts (30 s), so a slow query is cancelled cleanly first and only a dead connection
 *                          reaches it
 * @param serverIdleTimeout the server ends a session whose client has said nothing for this long (MySQL
 *                          {@code wait_timeout}, set per session): a client cut off mid-transaction then no longer
 *                          holds its locks on the server; the pool's keepalive stays well under it
 */
@ConfigurationProperties("bot.database")
public record DatabaseProperties(@DefaultValue("5s") Duration connectTimeout,
                                 @DefaultValue("40s") Duration socketTimeout,
                                 @DefaultValue("120s") Duration serverIdleTimeout) {
}
