package com.branchmate.bot.huddles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

import tools.jackson.databind.JsonNode;

/**
 * January 2027 with no official table for 2027 or 2028 (the bundle ends with 2026): the log, the dashboard and the
 * calendar say so, and an admin's import of the year's schedule, all lines or none, ends it for 2027.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bot.api-token=calendar-token")
@ExtendWith(OutputCaptureExtension.class)
@Tag("persistence")
class CalendarFallbackTest {

    private static final String SCHEDULE_2027 = """
            # a made-up 2027 schedule in the format of cn-holidays.csv
            2027-01-01,HOLIDAY,元旦
            2027-02-05,HOLIDAY,春节
            2027-02-08,HOLIDAY,春节
            2027-02-20,WORKDAY,春节调休
            """;

    @TestConfiguration
    static class In2027 {
        @Bean
        @Primary
        Clock clockIn2027() {
            return Clock.fixed(Instant.parse("2027-01-04T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CalendarCoverage coverage;

    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient admin;

    @BeforeEach
    void admin() {
        admin = new HttpTestClient(port).withBearer("calendar-token");
    }

    @AfterEach
    void removeImported() {
        // On a shared MariaDB other classes must not find 2027 covered.
        jdbc.update("delete from calendar_day where team_id is null and calendar_date between '2027-01-01' and '2027-12-31'");
    }

    @Test
    void missingYearsAreWarnedInTheLogAndShownOnTheDashboard(CapturedOutput output) {
        coverage.warnWhenMissing();

        assertThat(output.getOut()).contains("No official holiday table for [2027, 2028]");
        String notice = admin.get("/api/dashboard").json().get("calendarNotice").asString();
        assertThat(notice).contains("2027 年、2028 年").contains("法定节假日");
        JsonNode calendar = admin.get("/api/calendar").json();
        assertThat(calendar.get("missingYears").toString()).isEqualTo("[2027,2028]");
        assertThat(calendar.get("nextYearMissing").asBoolean()).isTrue();
    }

    @Test
    void anAdminImportsTheYearAndItIsNoLongerMissing() {
        var imported = admin.postJson("/api/calendar/import", JsonText.of(Map.of("text", SCHEDULE_2027)));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(4);
        assertThat(imported.json().get("missingYears").toString()).isEqualTo("[2028]");
        assertThat(admin.get("/api/calendar").json().get("coveredYears").toString()).contains("2027");
        assertThat(admin.get("/api/dashboard").json().get("calendarNotice").asString())
                .contains("2028 年").doesNotContain("2027");

        var again = admin.postJson("/api/calendar/import", JsonText.of(Map.of("text", SCHEDULE_2027)));
        assertThat(again.json().get("replaced").asInt()).isEqualTo(4);
        assertThat(officialDays2027()).isEqualTo(4);
    }

    @Test
    void aBadLineImportsNothingAndSaysWhichLine() {
        var refused = admin.postJson("/api/calendar/import",
                JsonText.of(Map.of("text", "2027-01-01,HOLIDAY,元旦\n2027-02-30,HOLIDAY,春节\n")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("没有导入任何一天").contains("line 2");
        assertThat(officialDays2027()).isZero();
        assertThat(coverage.missingYears()).containsExactly(2027, 2028);
    }

    @Test
    void aMemberCannotImport() {
        String login = Fixtures.unique("cal");
        admin.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "组员", "password", "password-123")));
        HttpTestClient member = new HttpTestClient(port);
        member.login(login, "password-123");

        var refused = member.postJsonWithCsrf("/api/calendar/import", JsonText.of(Map.of("text", SCHEDULE_2027)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(officialDays2027()).isZero();
    }

    private int officialDays2027() {
        return jdbc.queryForObject("select count(*) from calendar_day where team_id is null "
                + "and calendar_date between '2027-01-01' and '2027-12-31'", Integer.class);
    }
}
