package com.branchmate.bot.channels.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever JSON (or not-JSON) reaches the DingTalk callback: parsing either fails as JSON, which the controller
 * answers with 400, or yields a message without an exception; signature headers of any shape only ever verify false.
 */
class DingTalkCallbackParsingProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Property(tries = 500)
    void anyBodyIsAMessageOrMalformed(@ForAll("jsonish") String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException malformed) {
            return;
        }
        if (node != null && node.isObject()) {
            DingTalkMessage message = DingTalkMessage.fromJson(node);
            assertThat(message).isNotNull();
        }
    }

    @Property(tries = 500)
    void garbageSignatureHeadersNeverVerify(@ForAll String timestamp, @ForAll String sign, @ForAll String secret) {
        assertThat(DingTalkSignature.verify(timestamp, sign, secret.isEmpty() ? "s" : secret, Instant.now())).isFalse();
    }

    /** Messages with fields of the wrong type, nested junk, truncated JSON and noise. */
    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(50).map(s -> JSON.writeValueAsString(s)),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("null", "true", "[]", "{}", "[1,{\"a\":[]}]", "1e400", "-0", "\"\\ud800\""));
        Arbitrary<String> message = Arbitraries.of("msgId", "msgtype", "text", "content", "conversationType",
                "conversationId", "senderStaffId", "isInAtList", "sessionWebhook", "sessionWebhookExpiredTime", "createAt")
                .list().ofMaxSize(11).flatMap(keys -> value.list().ofSize(keys.size()).map(values -> {
                    StringBuilder json = new StringBuilder("{");
                    for (int i = 0; i < keys.size(); i++) {
                        json.append(i == 0 ? "" : ",").append('"').append(keys.get(i)).append("\":").append(values.get(i));
                    }
                    return json.append('}').toString();
                }));
        Arbitrary<String> truncated = message.flatMap(m -> Arbitraries.integers().between(0, m.length())
                .map(n -> m.substring(0, n)));
        return Arbitraries.oneOf(message, truncated, Arbitraries.strings().ofMaxLength(300));
    }
}
