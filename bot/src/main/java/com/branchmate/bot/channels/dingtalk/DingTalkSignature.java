package com.branchmate.bot.channels.dingtalk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's signature: Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)), timestamp in epoch
 * milliseconds. Robot callbacks carry it in the {@code timestamp}/{@code sign} headers (secret = AppSecret);
 * custom group robots expect it as query parameters (secret = the robot's SEC… secret).
 */
final class DingTalkSignature {

    /** DingTalk's own window; the signature covers only the timestamp, so older pairs are refused. */
    static final Duration MAX_AGE = Duration.ofHours(1);
    /** Clocks disagree a little; a pair from further ahead was made to be replayed later. */
    static final Duration MAX_AHEAD = Duration.ofMinutes(5);
    /** How long a pair can be valid at all: the replay guard remembers it that long. */
    static final Duration VALIDITY = MAX_AGE.plus(MAX_AHEAD);

    private DingTalkSignature() {
    }

    static String sign(long timestampMillis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** True when the timestamp is at most an hour old, at most minutes ahead, and the signature matches it. */
    static boolean verify(String timestampHeader, String signHeader, String secret, Instant now) {
        if (timestampHeader == null || signHeader == null || secret == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        long age = now.toEpochMilli() - timestamp;
        if (age > MAX_AGE.toMillis() || -age > MAX_AHEAD.toMillis()) {
            return false;
        }
        return MessageDigest.isEqual(sign(timestamp, secret).getBytes(StandardCharsets.US_ASCII),
                signHeader.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
