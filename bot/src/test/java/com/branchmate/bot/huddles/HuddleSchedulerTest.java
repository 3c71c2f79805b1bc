package com.branchmate.bot.huddles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.support.Fixtures;

/** Huddles go out once at their time on working days; late within the grace period, else recorded as missed. */
@SpringBootTest
@Tag("persistence")
class HuddleSchedulerTest {

    @TestConfiguration
    static class Fakes {
        @Bean
        @Primary
        RecordingDelivery recordingDelivery() {
            return new RecordingDelivery();
        }
    }

    @Autowired
    HuddleScheduler scheduler;

    @Autowired
    HuddleService huddles;

    @Autowired
    MemberService members;

    @Autowired
    RecordingDelivery delivery;

    @Autowired
    JdbcTemplate jdbc;

    private long teamId;

    @BeforeEach
    void enableTeam() {
        String code = Fixtures.unique("sched");
        teamId = members.ensureTeam(code, "排程团队").id();
        members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("m"), "组员", null, code, null, null,
                null), "test");
        huddles.save(Caller.system(), code, new HuddleSettings(teamId, true, "08:30", "17:30", "Asia/Shanghai", null,
                null, null, null, null, HuddleSettings.CustomerNames.HONORIFIC, null, null, null, null, 60, true, 30, 7, 7, null));
    }

    @Test
    void workingMondaySendsMorningAndEveningOnceEach() {
        scheduler.runDue(at("2026-11-23T08:29:00"));
        assertThat(delivery.sentTo(teamId)).isZero();

        scheduler.runDue(at("2026-11-23T08:30:00"));
        scheduler.runDue(at("2026-11-23T08:31:00"));
        assertThat(delivery.sentTo(teamId)).isEqualTo(1);

        scheduler.runDue(at("2026-11-23T17:30:30"));
        scheduler.runDue(at("2026-11-23T17:45:00"));
        assertThat(delivery.sentTo(teamId)).isEqualTo(2);
        assertThat(statuses(LocalDate.of(2026, 11, 23))).containsExactlyInAnyOrder("MORNING:SENT", "EVENING:SENT");
    }

    @Test
    void ordinarySundaySendsNothing() {
        scheduler.runDue(at("2026-11-22T09:00:00"));
        scheduler.runDue(at("2026-11-22T18:00:00"));

        assertThat(delivery.sentTo(teamId)).isZero();
        assertThat(statuses(LocalDate.of(2026, 11, 22))).isEmpty();
    }

    @Test
    void publicHolidaySendsNone() {
        scheduler.runDue(at("2026-10-01T09:00:00"));
        scheduler.runDue(at("2026-10-01T18:00:00"));

        assertThat(delivery.sentTo(teamId)).isZero();
    }

    @Test
    void makeUpSaturdaySends() {
        scheduler.runDue(at("2026-10-10T08:31:00"));

        assertThat(delivery.sentTo(teamId)).isEqualTo(1);
        assertThat(statuses(LocalDate.of(2026, 10, 10))).containsExactly("MORNING:SENT");
    }

    @Test
    void springFestival2027WithoutAnOfficialTableSendsNoneOnItsWeekdays() {
        // No 2027 notice loaded: the statutory fallback keeps 2-05 (除夕), 2-08 and the 补休 2-09, 2-10 free.
        scheduler.runDue(at("2027-02-05T08:31:00"));
        scheduler.runDue(at("2027-02-08T08:31:00"));
        scheduler.runDue(at("2027-02-09T08:31:00"));
        assertThat(delivery.sentTo(teamId)).isZero();

        scheduler.runDue(at("2027-02-11T08:31:00"));
        assertThat(delivery.sentTo(teamId)).isEqualTo(1);
    }

    @Test
    void teamOverrideSkipsAWorkingDay() {
        jdbc.update("insert into calendar_day (team_id, calendar_date, day_type, name, created_at) "
                + "values (?, '2026-11-26', 'HOLIDAY', '团建', current_timestamp)", teamId);

        scheduler.runDue(at("2026-11-26T09:00:00"));

        assertThat(delivery.sentTo(teamId)).isZero();
    }

    @Test
    void restartInsideTheGracePeriodSendsLateOnce() {
        scheduler.runDue(at("2026-11-24T09:20:00"));
        scheduler.runDue(at("2026-11-24T09:21:00"));

        assertThat(delivery.sentTo(teamId)).isEqualTo(1);
        assertThat(statuses(LocalDate.of(2026, 11, 24))).containsExactly("MORNING:SENT");
    }

    @Test
    void huddleFoundAfterTheGracePeriodIsRecordedMissedAndNeverSent() {
        scheduler.runDue(at("2026-11-25T10:00:00"));
        scheduler.runDue(at("2026-11-25T10:01:00"));

        assertThat(delivery.sentTo(teamId)).isZero();
        assertThat(statuses(LocalDate.of(2026, 11, 25))).containsExactly("MORNING:MISSED");
    }

    private java.util.List<String> statuses(LocalDate date) {
        return jdbc.queryForList("select concat(kind, ':', status) from huddle where team_id = ? and huddle_date = ?",
                String.class, teamId, date);
    }

    private static Instant at(String shanghaiLocal) {
        return java.time.LocalDateTime.parse(shanghaiLocal).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }
}
