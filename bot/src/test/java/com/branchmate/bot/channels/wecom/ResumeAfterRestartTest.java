package com.branchmate.bot.channels.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.branchmate.bot.channels.ChannelTestSupport;
import com.branchmate.bot.channels.InboundDispatcher;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.conversation.OutboxReplay;
import com.branchmate.bot.support.Fixtures;

/**
 * A WeCom message accepted just before the bot stopped, kept because it had not started: after the restart it is
 * saved once and the member gets the reply in WeCom.
 */
class ResumeAfterRestartTest extends ChannelTestSupport {

    @Autowired
    InboundDispatcher.UnfinishedMessages unfinished;

    @Autowired
    OutboxReplay replay;

    @Test
    void keptMessageIsSavedOnceAndAnsweredAfterTheRestart() {
        String user = Fixtures.unique("wx");
        member(user, null);
        String messageId = Fixtures.unique("shutdown");
        unfinished.keep(new InboundMessage("wecom", messageId, user, null,
                "今天去了建行城南支行，大堂经理李娜喜欢瑜伽。", Instant.now(), true));

        int first = replay.replay();
        int second = replay.replay();

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        assertThat(notesFor("wecom", messageId)).isEqualTo(1);
        var sends = received(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))).stream()
                .filter(r -> r.getBodyAsString().contains(user)).toList();
        assertThat(sends).singleElement().satisfies(r ->
                assertThat(r.getBodyAsString()).contains("现在处理好了").contains("李娜"));
    }
}
