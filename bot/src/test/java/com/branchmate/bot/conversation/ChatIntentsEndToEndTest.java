package com.branchmate.bot.conversation;

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
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/** The decided intent drives /api/chat: dry run, corrections, task done, "which one", the message's own date. */
@BotTest
@Tag("channel")
class ChatIntentsEndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConversationService conversation;

    @Autowired
    MemberService members;

    HttpTestClient client;
    String login;

    @BeforeEach
    void member() {
        client = new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
        login = Fixtures.unique("intent");
        client.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "意图")));
    }

    @Test
    void understandIsADryRunAndChatDoesWhatItSays() {
        String note = "今天去了农行东湖支行，柜员孔琳生日是5月6日，喜欢爬山。";

        var understood = client.postJson("/api/chat/understand", JsonText.of(Map.of("member", login, "text", note)));
        var question = client.postJson("/api/chat/understand",
                JsonText.of(Map.of("member", login, "text", "网点不出单怎么办")));
        var thanks = client.postJson("/api/chat/understand", JsonText.of(Map.of("member", login, "text", "好的 谢谢")));

        assertThat(understood.status()).isEqualTo(200);
        assertThat(understood.json().get("intent").asString()).isEqualTo("NOTE");
        assertThat(question.json().get("intent").asString()).isEqualTo("PLAYBOOK_QUESTION");
        assertThat(thanks.json().get("intent").asString()).isEqualTo("OTHER");
        assertThat(notes()).isZero();

        var other = chat("好的 谢谢");
        assertThat(other).contains("网点助手").contains("帮助");
        assertThat(notes()).isZero();
        assertThat(chat("帮助")).contains("话术").contains("展业问题").contains("待办");
        assertThat(chat(note)).contains("已记下");
        assertThat(notes()).isEqualTo(1);
    }

    @Test
    void smallTalkGetsTheFriendlyReplyNeverAPersonSearch() {
        for (String text : List.of("今天天气怎么样", "晚上聚餐有谁去", "周末去哪玩比较好")) {
            var response = client.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", text)));

            assertThat(response.json().get("reply").asString()).as(text).contains("我能帮你").contains("帮助");
            assertThat(response.json().get("actions").toString()).as(text).contains("other")
                    .doesNotContain("people").doesNotContain("tasks");
        }
        assertThat(notes()).isZero();
    }

    @Test
    void aPhoneIsCorrectedByNameWithHistoryAndNothingIsSavedAsANote() {
        // People belong to their member: this member's 刘芳 is the only one they can see.
        String name = "刘芳";
        chat("今天去了建行城南支行，理财经理" + name + "手机13811112222，喜欢跑步。");
        int notesBefore = notes();

        String reply = chat(name + "手机号错了，是13987654321");

        assertThat(reply).contains("已更正").contains(name);
        assertThat(notes()).isEqualTo(notesBefore);
        assertThat(jdbc.queryForObject("select count(*) from fact f join member m on m.id = f.recorded_by "
                + "where m.login = ? and f.fact_key = 'phone'", Integer.class, login)).isEqualTo(2);
        assertThat(chat("钱某某手机号错了，是13900000000")).contains("没有找到");
        assertThat(notes()).isEqualTo(notesBefore);
    }

    @Test
    void aDoneTaskIsMarkedAndTheWeeksTasksAreListed() {
        chat("客户韦先生41岁，想给孩子攒教育金，周五前把计划书发给他。");
        assertThat(chat("这周有哪些待办")).contains("计划书");

        String reply = chat("韦先生的计划书已经发了");

        assertThat(reply).contains("已标记完成").contains("计划书");
        assertThat(jdbc.queryForObject("select count(*) from task t join member m on m.id = t.member_id "
                + "where m.login = ? and t.done = true", Integer.class, login)).isEqualTo(1);
        assertThat(chat("这周有哪些待办")).doesNotContain("计划书");
    }

    @Test
    void twoTasksFitSoTheBotAsksWhichOneIsDone() {
        chat("客户韦先生想给孩子攒教育金，周五前把计划书发给韦先生。");
        chat("客户韦太太想了解养老年金，下周一把计划书发给韦太太。");

        String ask = chat("计划书已经发了");

        assertThat(ask).contains("1.").contains("2.").contains("请回复序号");
        assertThat(doneTasks()).isZero();
        String second = ask.lines().filter(l -> l.startsWith("2.")).findFirst().orElseThrow();
        String done = chat("2");
        assertThat(done).contains("已标记完成").contains(second.substring(3));
        assertThat(doneTasks()).isEqualTo(1);
    }

    @Test
    void twoPeopleFitANameSoTheBotAsksAndSavesAfterTheAnswer() {
        String surname = "欧阳";
        chat("今天去了工行江北支行，" + surname + "行长喜欢打网球。");
        // The second branch head of that surname elsewhere: the bot asks whether it is the first one.
        String second = chat("今天去了交行江南支行，" + surname + "行长喜欢下围棋。");
        if (second.contains("请回复序号")) {
            chat(String.valueOf(second.lines().filter(l -> l.contains("新的人")).findFirst().orElseThrow().charAt(0)));
        }
        assertThat(people(surname)).isEqualTo(2);

        String ask = chat(surname + "行长喜欢钓鱼");

        assertThat(ask).contains("1.").contains("2.").contains("江北支行").contains("江南支行").contains("行长")
                .contains("请回复序号");
        assertThat(people(surname)).isEqualTo(2);
        String saved = chat("1");
        assertThat(saved).contains("已记下");
        assertThat(people(surname)).isEqualTo(2);
    }

    @Test
    void aMemberWhoMovesOnBeforeAnsweringLosesNeitherNote() {
        String surname = "司马";
        chat("今天去了工行江北支行，" + surname + "行长喜欢打网球。");
        String second = chat("今天去了交行江南支行，" + surname + "行长喜欢下围棋。");
        if (second.contains("请回复序号")) {
            chat(String.valueOf(second.lines().filter(l -> l.contains("新的人")).findFirst().orElseThrow().charAt(0)));
        }
        String ask = chat(surname + "行长喜欢钓鱼");
        assertThat(ask).contains("请回复序号");

        String other = chat("今天去了建行城东支行，大堂经理柯敏爱喝咖啡");
        String saved = chat("2");

        assertThat(other).contains("已记下").contains("还在等你确认");
        assertThat(saved).contains("已记下");
        assertThat(people(surname)).isEqualTo(2);
    }

    @Test
    void todayAndTomorrowAreReadAgainstTheDayTheMessageWasWritten() {
        var member = members.findByLogin(login).orElseThrow();
        // Written at 23:50 on 2026-11-18 (Shanghai), handled after midnight.
        Instant written = Instant.parse("2026-11-18T15:50:00Z");

        var reply = conversation.handle(member, new InboundMessage("web", Fixtures.unique("m"), login, null,
                "今天去了建行城东支行，客户邵阿姨的存单下个月到期，明天给她打电话。", written, true));

        assertThat(reply.text()).contains("已记下");
        assertThat(jdbc.queryForObject("select t.due_date from task t join member m on m.id = t.member_id "
                + "where m.login = ?", LocalDate.class, login)).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void aWeekdayIsCorrectedInTheWeekOfTheRecordedDateAndAnAmountToTheRightValue() {
        // Written on Wednesday 2026-11-18: 下周三 is 2026-11-25.
        var member = members.findByLogin(login).orElseThrow();
        conversation.handle(member, new InboundMessage("web", Fixtures.unique("m"), login, null,
                "今天去了建行城南支行，王行长下周三过生日。客户钱阿姨有50万理财。", Instant.parse("2026-11-18T02:00:00Z"), true));
        int notesBefore = notes();

        String weekday = chat("王行长生日是周四不是周三");
        String amount = chat("钱阿姨不是50万是80万");

        assertThat(weekday).contains("已更正").contains("11月26日");
        assertThat(amount).contains("已更正").contains("80").doesNotContain("· 钱阿姨 资产 50");
        assertThat(jdbc.queryForObject("select count(*) from fact f join person p on p.id = f.person_id "
                + "join member m on m.id = p.owner_member_id where m.login = ? and f.fact_key = 'birthday'",
                Integer.class, login)).as("history kept").isEqualTo(2);
        assertThat(notes()).isEqualTo(notesBefore);

        String branch = chat("上一条里的城南支行应该是城北支行");

        assertThat(branch).contains("已更正").contains("城北支行").contains("城南支行");
        assertThat(jdbc.queryForObject("select b.name from visit_note n join branch b on b.id = n.branch_id "
                + "join member m on m.id = n.member_id where m.login = ?", String.class, login)).isEqualTo("城北支行");
        assertThat(jdbc.queryForObject("select b.name from person p join branch b on b.id = p.branch_id "
                + "join member m on m.id = p.owner_member_id where m.login = ? and p.name = '王'", String.class, login))
                .isEqualTo("城北支行");
        assertThat(chat("上一条里的城东支行应该是城西支行")).contains("没有改动");
        assertThat(notes()).isEqualTo(notesBefore);
    }

    private String chat(String text) {
        var response = client.postJson("/api/chat", JsonText.of(Map.of("member", login, "text", text)));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("reply").asString();
    }

    private int notes() {
        return jdbc.queryForObject("select count(*) from visit_note n join member m on m.id = n.member_id "
                + "where m.login = ? and n.undone_at is null", Integer.class, login);
    }

    private int doneTasks() {
        return jdbc.queryForObject("select count(*) from task t join member m on m.id = t.member_id "
                + "where m.login = ? and t.done = true", Integer.class, login);
    }

    private int people(String name) {
        return jdbc.queryForObject("select count(*) from person p join member m on m.id = p.owner_member_id "
                + "where m.login = ? and p.name = ?", Integer.class, login, name);
    }
}
