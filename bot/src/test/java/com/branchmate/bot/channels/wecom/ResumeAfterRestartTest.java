package com.branchmate.bot.channels.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.branchmate.bot.channels.ChannelTestSupport;
import com.branchmate.bot.channels.InboundDispatcher;
import com.branchmate.bot.channels.InboundEnvelope;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.conversation.OutboxReplay;
import com.branchmate.bot.platform.BotProperties;
import com.branchmate.bot.support.Fixtures;

/**
 * A WeCom message kept in the outbox because the database could not store it: the file holds no note text in
 * the clear, and once the database is back the message is saved once and the member gets the reply in WeCom.
 */
class ResumeAfterRestartTest extends ChannelTestSupport {

    @Autowired
    InboundDispatcher.UnfinishedMessages unfinished;

    @Autowired
    OutboxReplay replay;

    @Autowired
    BotProperties properties;

    @Test
    void keptMessageIsEncryptedOnDiskSavedOnceAndAnsweredLater() throws Exception {
        String user = Fixtures.unique("wx");
        member(user, null);
        String messageId = Fixtures.unique("shutdown");
        unfinished.keep(new InboundEnvelope(new InboundMessage("wecom", messageId, user, null,
                "今天去了建行城南支行，大堂经理李娜喜欢瑜伽。", Instant.now(), true), WeComAppReplies.ROUTE, null));
        try (Stream<Path> files = Files.list(properties.dataDir().resolve("outbox"))) {
            assertThat(files.filter(f -> f.getFileName().toString().contains(messageId)).toList())
                    .singleElement().satisfies(file -> assertThat(Files.readString(file, StandardCharsets.UTF_8))
                            .contains("enc:v1:").doesNotContain("李娜").doesNotContain("瑜伽"));
        }

        int first = replay.replay();
        int second = replay.replay();

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> received(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send")))
                .stream().anyMatch(r -> r.getBodyAsString().contains(user)));
        assertThat(notesFor("wecom", messageId)).isEqualTo(1);
        var sends = received(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))).stream()
                .filter(r -> r.getBodyAsString().contains(user)).toList();
        assertThat(sends).singleElement().satisfies(r -> assertThat(r.getBodyAsString()).contains("李娜"));
    }
}
