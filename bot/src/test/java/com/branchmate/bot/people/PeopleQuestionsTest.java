package com.branchmate.bot.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.conversation.ConversationService;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.notes.NoteService;
import com.branchmate.bot.support.BotTest;
import com.branchmate.extraction.BranchRef;
import com.branchmate.extraction.ExtractedFact;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.Extraction;
import com.branchmate.bot.platform.security.ApiTokens;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.ScriptedExtractor;
import com.branchmate.bot.support.ScriptedExtractorConfiguration;

/** Questions about people are answered from the database, only within what the asker may see. */
@Import(ScriptedExtractorConfiguration.class)
@BotTest
@Tag("channel")
class PeopleQuestionsTest {


    @LocalServerPort
    int port;

    @Autowired
    ScriptedExtractor extractor;

    @Autowired
    NoteService notes;

    @Autowired
    ConversationService conversation;

    @Autowired
    MemberService members;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcTemplate jdbc;

    private Member owner;
    private Member stranger;
    private String branch;

    @BeforeEach
    void recordABranch() {
        owner = member("owner");
        stranger = member("stranger");
        branch = Fixtures.unique("城北") + "支行";
        String text = "城北拜访 " + branch;
        extractor.answer(text, new Extraction(new BranchRef("工商银行", branch), List.of(
                new ExtractedPerson("赵", "行长", "STAFF", List.of(new ExtractedFact("role", "行长"),
                        new ExtractedFact("birthday", "--03-08"), new ExtractedFact("hobby", "打羽毛球"))),
                new ExtractedPerson("孙丽", "理财经理", "STAFF", List.of(new ExtractedFact("role", "理财经理"),
                        new ExtractedFact("phone", "13912345678"))),
                new ExtractedPerson("周", "女士", "CUSTOMER", List.of(new ExtractedFact("asset", "800000")))),
                List.of()));
        notes.save(new NoteService.NewNote(owner, text, LocalDate.of(2026, 11, 20), "web", null));
    }

    @Test
    void birthdayQuestionIsAnsweredFromTheDatabase() {
        assertThat(ask(owner, "赵行长生日哪天").text()).contains("赵行长").contains("3月8日");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'PERSON_READ' and actor_login = ?",
                Integer.class, owner.login())).isPositive();
    }

    @Test
    void branchRosterListsStaffAndCustomers() {
        var reply = ask(owner, branch + "都有谁").text();

        assertThat(reply).contains("赵行长").contains("孙丽").contains("周女士（客户）");
    }

    @Test
    void overviewShowsFactsAndPrivateChatShowsThePhone() {
        assertThat(ask(owner, "孙丽什么情况").text()).contains("理财经理").contains("13912345678");
    }

    @Test
    void groupChatNeverShowsAFullPhoneNumber() {
        var reply = conversation.handle(owner, new InboundMessage("web", Fixtures.unique("m"), owner.login(),
                "group-1", "孙丽手机号多少", Instant.now(), true));

        assertThat(reply.text()).contains("139****5678").doesNotContain("13912345678");
    }

    @Test
    void aMemberCannotReadAnotherMembersPeopleByName() {
        assertThat(ask(stranger, "孙丽什么情况").text()).contains("没有找到").doesNotContain("1391");
        assertThat(ask(stranger, branch + "都有谁").text()).contains("没有找到").doesNotContain("赵行长");
    }

    @Test
    void peopleApiMasksListsAndHidesOtherMembersPeopleById() {
        var asOwner = new HttpTestClient(port).withBearer(apiTokens.create(owner, "t"));
        var asStranger = new HttpTestClient(port).withBearer(apiTokens.create(stranger, "t"));

        var list = asOwner.get("/api/people?query=孙丽");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("139****5678").doesNotContain("13912345678");
        long id = list.json().get(0).get("id").asLong();

        var detail = asOwner.get("/api/people/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("13912345678");

        assertThat(asStranger.get("/api/people/" + id).status()).isEqualTo(404);
        assertThat(asStranger.get("/api/people?query=孙丽").json()).isEmpty();
    }

    @Test
    void correctionReplacesTheFactAndKeepsHistory() {
        String correction = "赵行长生日是3月9日不是3月8日";
        extractor.answer(correction, new Extraction(null, List.of(
                new ExtractedPerson("赵", "行长", "STAFF", List.of(new ExtractedFact("birthday", "--03-09")))), List.of()));

        var reply = ask(owner, correction).text();

        assertThat(reply).contains("已更正").contains("3月9日").contains("原为 3月8日");
        assertThat(jdbc.queryForList("select f.fact_value from fact f join person p on p.id = f.person_id "
                + "join branch b on b.id = p.branch_id where b.name = ? and f.fact_key = 'birthday' "
                + "and f.superseded_at is null", String.class, branch)).containsExactly("--03-09");
        assertThat(jdbc.queryForObject("select count(*) from fact f join person p on p.id = f.person_id "
                + "join branch b on b.id = p.branch_id where b.name = ? and f.fact_key = 'birthday'", Integer.class,
                branch)).isEqualTo(2);
    }

    @Test
    void whoHasABirthdayThisWeekAndWhichWealthProductsMatureNextMonth() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        LocalDate soon = today.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? today : today.plusDays(1);
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1).plusDays(4);
        String text = "生日和到期 " + branch;
        extractor.answer(text, new Extraction(new BranchRef("工商银行", branch), List.of(
                new ExtractedPerson("钱", "主任", "STAFF", List.of(new ExtractedFact("birthday",
                        "--%02d-%02d".formatted(soon.getMonthValue(), soon.getDayOfMonth())))),
                new ExtractedPerson("吴", "先生", "CUSTOMER", List.of(new ExtractedFact("product", "理财"),
                        new ExtractedFact("maturity", nextMonth.toString())))), List.of()));
        notes.save(new NoteService.NewNote(owner, text, today, "web", null));

        assertThat(ask(owner, "这周谁过生日").text()).contains("钱主任").contains(soon.getDayOfMonth() + "日");
        assertThat(ask(owner, "哪些客户理财下个月到期").text()).contains("吴先生").contains("理财");
        assertThat(ask(stranger, "哪些客户理财下个月到期").text()).doesNotContain("吴先生");
    }

    private com.branchmate.bot.channels.Reply ask(Member member, String text) {
        return conversation.handle(member, new InboundMessage("web", Fixtures.unique("m"), member.login(), null, text,
                Instant.now(), true));
    }

    private Member member(String prefix) {
        return members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique(prefix), prefix, null,
                "default", null, null, null), "test");
    }

}
