package com.branchmate.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;

@BotTest
class RateLimitTest {

    @Autowired
    ConversationService conversation;

    @Autowired
    MemberService members;

    @Test
    void aSenderOverTheLimitIsAskedToWaitAndNothingIsProcessed() {
        var member = members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("fast"), "快手", null,
                "default", null, null, null), "test");
        Reply last = null;
        for (int i = 0; i <= ConversationService.RATE_LIMIT; i++) {
            last = conversation.handle(member, new InboundMessage("web", Fixtures.unique("m"), member.login(), null,
                    "帮助", Instant.now(), true));
        }

        assertThat(last.actions()).containsExactly("rate-limited");
        assertThat(last.text()).contains("太快");
    }
}
