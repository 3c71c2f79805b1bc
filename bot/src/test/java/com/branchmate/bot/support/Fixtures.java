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

    /** A customer owned by the member, at the branch (or none). */
    public long customer(String name, Long branchId, long ownerId) {
        return insert("insert into person (kind, name, title, branch_id, owner_member_id, created_at, updated_at) "
                + "values ('CUSTOMER', ?, null, ?, ?, ?, ?)", name, branchId, ownerId, now(), now());
    }

    public long fact(long personId, String key, String value, long recordedBy) {
        return insert("insert into fact (person_id, fact_key, fact_value, recorded_by, recorded_at) values (?, ?, ?, ?, ?)",
                personId, key, value, recordedBy, now());
    }

    /** An open task due tomorrow. */
    public long task(long memberId, long personId, String content) {
        return insert("insert into task (member_id, person_id, due_date, content, done, created_at) values (?, ?, ?, ?, false, ?)",
                memberId, personId, java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(1)), content, now());
    }

    public static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    /** Inserts a row and gives its generated id. */
    public long insert(String sql, Object... args) {
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
