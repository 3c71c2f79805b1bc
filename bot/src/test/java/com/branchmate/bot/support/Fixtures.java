package com.branchmate.bot.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows for tests, written with plain JDBC so a feature's mapper test needs no other feature's mapper.
 * Names carry a random suffix: the MariaDB run shares one database across test classes.
 */
public final class Fixtures {

    private final JdbcTemplate jdbc;

    public Fixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long team() {
        return team(unique("team"));
    }

    public long team(String code) {
        return insert("insert into team (code, name, created_at) values (?, ?, ?)", code, "团队" + code, now());
    }

    public long member(long teamId, String role) {
        return member(teamId, role, unique("m"));
    }

    public long member(long teamId, String role, String login) {
        return insert("insert into member (login, display_name, role, team_id, enabled, created_at, updated_at) "
                + "values (?, ?, ?, ?, true, ?, ?)", login, "成员" + login, role, teamId, now(), now());
    }

    public long note(long memberId, String text) {
        return insert("insert into visit_note (member_id, raw_text, reference_date, channel, extraction_status, "
                + "created_at) values (?, ?, current_date, 'web', 'PENDING', ?)", memberId, text, now());
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
