package com.branchmate.bot.huddles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.Role;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.notes.NoteService;
import com.branchmate.extraction.BranchRef;
import com.branchmate.extraction.ExtractedFact;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.ExtractedTask;
import com.branchmate.extraction.Extraction;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;
import com.branchmate.bot.support.MutableClock;
import com.branchmate.bot.support.ScriptedExtractor;
import com.branchmate.bot.support.ScriptedExtractorConfiguration;
import com.nlf.calendar.Solar;

/** A seeded team's huddles show birthdays, maturities, follow-ups and reports, and no phone number or amount. */
@Import(ScriptedExtractorConfiguration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bot.api-token=huddle-token")
@Tag("channel")
class HuddlePreviewTest {

    /** Monday 23 November 2026, 08:00 in Shanghai. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TestConfiguration
    static class Fakes {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return MutableClock.at("2026-11-20T18:00:00+08:00");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ScriptedExtractor extractor;

    @Autowired
    MutableClock clock;

    @Autowired
    NoteService notes;

    @Autowired
    MemberService members;

    @Autowired
    DayReports reports;

    @Autowired
    HuddleService huddles;

    private String teamCode;
    private Member seller;
    private Member quiet;

    @BeforeEach
    void seedTeam() {
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        teamCode = Fixtures.unique("team");
        members.ensureTeam(teamCode, "城南团队");
        seller = members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("seller"), "陈晨", Role.MEMBER,
                teamCode, null, null, null), "test");
        quiet = members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("quiet"), "林静", Role.MEMBER,
                teamCode, null, null, null), "test");
        var lunarTomorrow = Solar.fromYmd(2026, 11, 24).getLunar();
        String lunarBirthday = "lunar:--%02d-%02d".formatted(Math.abs(lunarTomorrow.getMonth()), lunarTomorrow.getDay());
        String text = "周五拜访 " + teamCode;
        extractor.answer(text, new Extraction(new BranchRef("建设银行", Fixtures.unique("城南") + "支行"), List.of(
                new ExtractedPerson("王", "行长", "STAFF", List.of(new ExtractedFact("role", "行长"),
                        new ExtractedFact("birthday", "--11-24"), new ExtractedFact("phone", "13812345678"))),
                new ExtractedPerson("张伟", null, "CUSTOMER", List.of(new ExtractedFact("birthday", lunarBirthday))),
                new ExtractedPerson("李", "女士", "CUSTOMER", List.of(new ExtractedFact("product", "理财"),
                        new ExtractedFact("maturity", "2026-11-27"), new ExtractedFact("asset", "300000"),
                        new ExtractedFact("phone", "13700001111"))),
                new ExtractedPerson("赵", "先生", "CUSTOMER", List.of(new ExtractedFact("product", "定期"),
                        new ExtractedFact("maturity", "2026-12-20")))),
                List.of(new ExtractedTask(MONDAY, "张伟", "送计划书"),
                        new ExtractedTask(LocalDate.of(2026, 11, 20), "李", "回电话"))));
        notes.save(new NoteService.NewNote(seller, text, LocalDate.of(2026, 11, 20), "web", null));
        reports.record(seller, "今天拜访3个网点，出单2件，保费5万。明天重点跟进赵先生的定期到期，约他周二来网点。", "web",
                LocalDate.now(clock));
        clock.set(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void morningShowsRemindersAndYesterdaysReportsWithoutPhonesOrAmounts() {
        String markdown = huddles.preview(Caller.system(), teamCode, HuddleKind.MORNING, MONDAY).markdown();

        assertThat(markdown).contains("晨会").contains("11月23日")
                .contains("陈晨：笔记 1 条，拜访 3 个网点，出单 2 件，保费 5万")
                .contains("林静：笔记 0 条（未汇报）")
                .contains("王行长 生日").contains("明天")
                .contains("张姓客户 农历生日")
                .contains("李女士 理财到期")
                .contains("📌 今天：送计划书（张伟）".replace("张伟", "张伟"))
                .contains("已逾期").contains("回电话")
                .contains("今日三问");
        assertThat(markdown).doesNotContain("13812345678").doesNotContain("13700001111").doesNotContain("30万")
                .doesNotContain("300000");
    }

    @Test
    void maturityIsAnnouncedThirtyDaysAheadUnlessTheTeamChoseLess() {
        String byDefault = huddles.preview(Caller.system(), teamCode, HuddleKind.MORNING, MONDAY).markdown();
        var settings = huddles.settingsOf(members.findTeam(teamCode).orElseThrow().id());
        huddles.save(Caller.system(), teamCode, new HuddleSettings(settings.teamId(), true, "08:30", "17:30",
                "Asia/Shanghai", null, null, null, null, null, HuddleSettings.CustomerNames.HONORIFIC, null, null, null,
                null, 60, true, 7, 7, 7, null));
        String weekAhead = huddles.preview(Caller.system(), teamCode, HuddleKind.MORNING, MONDAY).markdown();

        assertThat(settings.maturityDays()).isEqualTo(30);
        assertThat(byDefault).contains("12月20日（周日） 赵先生 定期到期").contains("李女士 理财到期");
        assertThat(weekAhead).doesNotContain("赵先生 定期到期").contains("李女士 理财到期");
    }

    @Test
    void yesterdaysPlanShowsInTheMembersMorningLine() {
        String markdown = huddles.preview(Caller.system(), teamCode, HuddleKind.MORNING, MONDAY).markdown();

        assertThat(markdown).contains("- 陈晨：笔记 1 条，拜访 3 个网点，出单 2 件，保费 5万；今日计划：重点跟进赵先生的定期到期，约他周二来网点");
        assertThat(markdown.lines().filter(l -> l.contains("林静："))).singleElement().asString()
                .doesNotContain("计划");
    }

    @Test
    void settingsRefuseALookAheadBeyondNinetyDays() {
        var client = new HttpTestClient(port).withBearer("huddle-token");

        var response = client.putJson("/api/huddles/settings/" + teamCode, JsonText.of(Map.of("enabled", false,
                "morningTime", "08:30", "eveningTime", "17:30", "zone", "Asia/Shanghai", "graceMinutes", 60,
                "personalReminders", true, "maturityDays", 400)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("maturityDays");
    }

    @Test
    void eveningMentionsWhoLoggedNothingAndShowsTargetGap() {
        var settings = huddles.settingsOf(members.findTeam(teamCode).orElseThrow().id());
        huddles.save(Caller.system(), teamCode, new HuddleSettings(settings.teamId(), true, "08:30", "17:30",
                "Asia/Shanghai", null, null, null, null, null, HuddleSettings.CustomerNames.HONORIFIC, null, null, 5,
                100_000L, 60, true, 30, 7, 7, null));

        var message = huddles.preview(Caller.system(), teamCode, HuddleKind.EVENING, LocalDate.of(2026, 11, 20));

        assertThat(message.markdown()).contains("陈晨：1 条").contains("@林静")
                .contains("出单 2/5 件，差 3 件").contains("保费 5万/10万，差 5万").contains("夕会三问");
        assertThat(message.mentionMemberIds()).containsExactly(quiet.id());
    }

    @Test
    void previewEndpointRendersAnyDay() {
        var client = new HttpTestClient(port).withBearer("huddle-token");

        var response = client.postJson("/api/huddles/preview",
                JsonText.of(Map.of("team", teamCode, "kind", "MORNING", "date", "2026-11-23")));
        var badKind = client.postJson("/api/huddles/preview", JsonText.of(Map.of("team", teamCode, "kind", "NOON")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("markdown").asString()).contains("晨会").doesNotContain("13812345678");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("field").asString()).isEqualTo("kind");
    }
}
