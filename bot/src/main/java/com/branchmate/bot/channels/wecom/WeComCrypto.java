package com.branchmate.bot.channels.wecom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * WeCom's callback security (msg_signature over token, timestamp, nonce and ciphertext; AES-256-CBC with the
 * EncodingAESKey), done by WxJava. We add what WxJava leaves out: a constant-time signature compare and a
 * refusal of keys that are not 43 characters, so a typo shows at start rather than as failed decryptions.
 */
final class WeComCrypto {

    /** The signature does not match: the request did not come from WeCom (or the token is wrong). */
    static final class BadSignature extends Exception {
        BadSignature() {
            super("msg_signature mismatch", null, false, false);
        }
    }

    /** Signed correctly but not decryptable: wrong EncodingAESKey or a damaged message. */
    static final class BadMessage extends Exception {
        BadMessage(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /**
     * WeCom signs the timestamp with the message, but a captured request stays correctly signed forever: one
     * whose timestamp is further from now than this is refused. WeCom re-sends within seconds, not minutes.
     */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private final String token;
    private final WxCryptUtil crypt;

    /**
     * @param receiveId the CorpID for the app; empty for the intelligent robot, whose messages carry none
     */
    WeComCrypto(String token, String encodingAesKey, String receiveId) {
        String key = encodingAesKey.strip();
        if (key.length() != 43 || Base64.getDecoder().decode(key + "=").length != 32) {
            throw new IllegalStateException("WeCom EncodingAESKey must be 43 characters [a-zA-Z0-9] (bot.wecom.*aes-key)");
        }
        this.token = token;
        this.crypt = new WxCryptUtil(token, key, receiveId);
    }

    /** Checks the signature over {@code encrypted}, then decrypts it. */
    String open(String msgSignature, String timestamp, String nonce, String encrypted)
            throws BadSignature, BadMessage {
        // WxJava throws IllegalArgumentException on empty parts; a request missing one is simply not from WeCom.
        if (isBlank(msgSignature) || isBlank(timestamp) || isBlank(nonce) || isBlank(encrypted)) {
            throw new BadSignature();
        }
        String expected = SHA1.gen(token, timestamp, nonce, encrypted);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                msgSignature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw new BadSignature();
        }
        try {
            return crypt.decrypt(encrypted);
        } catch (RuntimeException e) {
            throw new BadMessage("cannot decrypt", e);
        }
    }

    /** True when the callback's timestamp (epoch seconds) is within {@link #MAX_SKEW} of now. */
    static boolean fresh(String timestamp, Instant now) {
        if (isBlank(timestamp)) {
            return false;
        }
        try {
            long seconds = Long.parseLong(timestamp.strip());
            return Math.abs(now.getEpochSecond() - seconds) <= MAX_SKEW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
