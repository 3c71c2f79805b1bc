package com.branchmate.bot.channels.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;

import me.chanjar.weixin.common.util.crypto.SHA1;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever arrives at the WeCom callback, the parsers answer with a result or their own checked refusal, never
 * another exception, and within a bound (no entity expansion, no external fetch).
 */
class WeComCallbackParsingProperties {

    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final String TOKEN = "fuzz-token";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private final WeComCrypto crypto = new WeComCrypto(TOKEN, AES_KEY, "corp-fuzz");

    @Property(tries = 500)
    void anyBodyParsesOrIsRefusedAsMalformed(@ForAll("xmlish") String body) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                Map<String, String> fields = SafeXml.fields(body);
                assertThat(fields).isNotNull();
            } catch (SafeXml.Malformed expected) {
                // refused: the controller answers 400 and processes nothing
            }
        });
    }

    @Property(tries = 300)
    void aSignedButUndecryptableMessageIsABadMessage(@ForAll("cipherText") String encrypted,
                                                     @ForAll("digits") String timestamp, @ForAll("digits") String nonce) {
        String signature = SHA1.gen(TOKEN, timestamp, nonce, encrypted);

        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> crypto.open(signature, timestamp, nonce, encrypted))
                .isInstanceOf(WeComCrypto.BadMessage.class));
    }

    @Property(tries = 300)
    void aWrongSignatureIsRefusedBeforeDecrypting(@ForAll String signature, @ForAll String timestamp,
                                                  @ForAll String nonce, @ForAll String encrypted) {
        assertThatThrownBy(() -> crypto.open(signature, timestamp, nonce, encrypted))
                .isInstanceOf(WeComCrypto.BadSignature.class);
    }

    /** Real envelopes, broken ones, DOCTYPEs with entity bombs and external entities, and plain noise. */
    @Provide
    Arbitrary<String> xmlish() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> envelope = text.map(t -> "<xml><ToUserName><![CDATA[corp]]></ToUserName><Encrypt><![CDATA["
                + t + "]]></Encrypt><AgentID>1</AgentID></xml>");
        Arbitrary<String> truncated = envelope.flatMap(e -> Arbitraries.integers().between(0, e.length())
                .map(n -> e.substring(0, n)));
        Arbitrary<String> doctype = Arbitraries.of(
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;"
                        + "&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                        + "<xml><Encrypt>&lol3;</Encrypt></xml>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&xxe;</Encrypt></xml>",
                "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://127.0.0.1:1/evil.dtd\"><xml/>");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(500);
        Arbitrary<String> tags = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), text)
                .as((tag, t) -> "<" + tag + ">" + t + "</" + tag + ">");
        return Arbitraries.oneOf(envelope, truncated, doctype, noise, tags);
    }

    @Provide
    Arbitrary<String> cipherText() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('A', 'Z').withChars("abc012+/=").ofMinLength(1)
                        .ofMaxLength(400),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(100).filter(s -> !s.isBlank()));
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    }
}
