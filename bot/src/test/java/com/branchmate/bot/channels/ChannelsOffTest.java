package com.branchmate.bot.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.branchmate.bot.support.BotTest;

/** Without credentials a channel is off: its callbacks answer 404 as if they did not exist. */
@BotTest
@Tag("channel")
class ChannelsOffTest {

    @LocalServerPort
    int port;

    @Test
    void callbacksOfUnconfiguredChannelsAnswer404() {
        var client = new CallbackClient(port);

        assertThat(client.get("/callback/wecom?msg_signature=a&timestamp=1&nonce=n&echostr=e").status()).isEqualTo(404);
        assertThat(client.post("/callback/wecom?msg_signature=a&timestamp=1&nonce=n", "text/xml", "<xml/>").status())
                .isEqualTo(404);
        assertThat(client.post("/callback/wecom/robot?msg_signature=a&timestamp=1&nonce=n", "application/json", "{}")
                .status()).isEqualTo(404);
        assertThat(client.post("/callback/dingtalk", "application/json", "{}").status()).isEqualTo(404);
    }
}
