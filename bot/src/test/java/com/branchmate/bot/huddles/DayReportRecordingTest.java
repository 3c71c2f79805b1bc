package com.branchmate.bot.huddles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.conversation.ConversationService;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;

@BotTest
@Tag("persistence")
class DayReportRecordingTest {

    @Autowired
    ConversationService conversation;

    @Autowired
    MemberService members;

    @Autowired
    DayReports reports;

    @Test
    void secondAnswerTheSameDayReplacesTheFirstWithHistory() {
        var member = members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("rep"), "汇报人", null,
                "default", null, null, null), "test");

        var first = conversation.handle(member, message(member.login(), "今天拜访3个网点，出单2件，保费5万"));
        var second = conversation.handle(member, message(member.login(), "更正一下：今天拜访3个网点，出单3件，保费6万"));

        assertThat(first.text()).isEqualTo("已记录今日汇报：拜访 3 个网点，出单 2 件，保费 5万。");
        assertThat(second.text()).startsWith("已更新今日汇报");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(reports.current(member.teamId(), today)).filteredOn(r -> r.memberId().equals(member.id()))
                .singleElement().satisfies(r -> {
                    assertThat(r.policies()).isEqualTo(3);
                    assertThat(r.premium()).isEqualTo(60_000L);
                });
        assertThat(reports.history(member.id(), today)).hasSize(2);
    }

    private static InboundMessage message(String login, String text) {
        return new InboundMessage("web", Fixtures.unique("m"), login, null, text, Instant.now(), true);
    }
}
