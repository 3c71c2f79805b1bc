package com.branchmate.bot.channels.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("channel")
class DingTalkSignatureTest {

    private static final String SECRET = "SECexample-secret";
    private static final long TIMESTAMP = 1_700_000_000_000L;

    @Test
    void signMatchesAnIndependentHmac() {
        // printf '1700000000000\nSECexample-secret' | openssl dgst -sha256 -hmac 'SECexample-secret' -binary | base64
        assertThat(DingTalkSignature.sign(TIMESTAMP, SECRET)).isEqualTo("0fkiC8KrRP8cNrqFxRls0ApmSoNm4LsTBQWMcJ9T5e0=");
    }

    @Test
    void timestampsUpToAnHourOldAndFiveMinutesAheadAreAcceptedAndNoFurther() {
        String sign = DingTalkSignature.sign(TIMESTAMP, SECRET);
        Instant sent = Instant.ofEpochMilli(TIMESTAMP);

        assertThat(DingTalkSignature.verify(String.valueOf(TIMESTAMP), sign, SECRET, sent.plus(Duration.ofHours(1))))
                .isTrue();
        assertThat(DingTalkSignature.verify(String.valueOf(TIMESTAMP), sign, SECRET,
                sent.plus(Duration.ofHours(1)).plusMillis(1))).isFalse();
        // Now is before the timestamp: the pair was made ahead, to be used later.
        assertThat(DingTalkSignature.verify(String.valueOf(TIMESTAMP), sign, SECRET,
                sent.minus(Duration.ofMinutes(5)))).isTrue();
        assertThat(DingTalkSignature.verify(String.valueOf(TIMESTAMP), sign, SECRET,
                sent.minus(Duration.ofMinutes(5)).minusMillis(1))).isFalse();
        assertThat(DingTalkSignature.verify(String.valueOf(TIMESTAMP), sign, SECRET,
                sent.minus(Duration.ofMinutes(59)))).isFalse();
    }

    @Test
    void wrongSecretMissingHeadersAndGarbageAreRefused() {
        Instant now = Instant.ofEpochMilli(TIMESTAMP);
        String sign = DingTalkSignature.sign(TIMESTAMP, SECRET);

        assertThat(DingTalkSignature.verify(String.valueOf(TIMESTAMP), sign, "other", now)).isFalse();
        assertThat(DingTalkSignature.verify(null, sign, SECRET, now)).isFalse();
        assertThat(DingTalkSignature.verify(String.valueOf(TIMESTAMP), null, SECRET, now)).isFalse();
        assertThat(DingTalkSignature.verify("yesterday", sign, SECRET, now)).isFalse();
    }
}
