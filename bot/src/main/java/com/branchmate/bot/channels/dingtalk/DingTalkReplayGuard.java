package com.branchmate.bot.channels.dingtalk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import com.branchmate.bot.platform.kv.KeyValueStore;

/**
 * DingTalk signs only the timestamp, not the body: whoever saw one signed request (an ingress log is enough)
 * could post any body with that pair while it is valid. So a pair is bound to the first message id it carried,
 * in the shared store (every instance sees it) for as long as the pair could verify. The platform's own
 * re-delivery of that message still passes; the same pair on another message does not.
 */
@Component
class DingTalkReplayGuard {

    private static final String PREFIX = "dingtalk:pair:";

    private final KeyValueStore store;

    DingTalkReplayGuard(KeyValueStore store) {
        this.store = store;
    }

    /** True when this (timestamp, sign) pair was not seen before, or only with this same message id. */
    boolean accept(String timestamp, String sign, String msgId) {
        if (msgId == null || msgId.isBlank()) {
            return false;
        }
        String key = PREFIX + digest(timestamp.strip() + "\n" + sign.strip());
        if (store.putIfAbsent(key, msgId, DingTalkSignature.VALIDITY)) {
            return true;
        }
        return store.claimedValue(key).map(msgId::equals).orElse(false);
    }

    private static String digest(String pair) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(pair.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
