package com.branchmate.bot.channels.wecom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.branchmate.bot.channels.CallbackClient;

import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/** Plays WeCom: encrypts and signs callbacks with WxJava's crypt util exactly as WeCom's servers do. */
public final class WeComSender {

    private final CallbackClient http;
    private final String token;
    private final WxCryptUtil crypt;

    public WeComSender(int port, String token, String aesKey, String receiveId) {
        this.http = new CallbackClient(port);
        this.token = token;
        this.crypt = new WxCryptUtil(token, aesKey, receiveId);
    }

    public record Signed(String encrypted, String timestamp, String nonce, String signature) {

        String query() {
            return "msg_signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce;
        }
    }

    public Signed seal(String plaintext) {
        return seal(plaintext, Instant.now());
    }

    /** Sealed as WeCom would have at {@code at}: a captured request replayed later, or a clock that is off. */
    public Signed seal(String plaintext, Instant at) {
        String encrypted = crypt.encrypt(UUID.randomUUID().toString().replace("-", "").substring(0, 16), plaintext);
        String timestamp = String.valueOf(at.getEpochSecond());
        String nonce = UUID.randomUUID().toString().substring(0, 10);
        return new Signed(encrypted, timestamp, nonce, SHA1.gen(token, timestamp, nonce, encrypted));
    }

    CallbackClient.Response verifyUrl(String path, String echo) {
        Signed signed = seal(echo);
        return http.get(path + "?" + signed.query() + "&echostr="
                + URLEncoder.encode(signed.encrypted(), StandardCharsets.UTF_8));
    }

    /** POSTs an app message the way WeCom does: encrypted XML inside the outer XML envelope. */
    public CallbackClient.Response postXml(Signed signed, String corpId) {
        String body = "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><Encrypt><![CDATA["
                + signed.encrypted() + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        return http.post("/callback/wecom?" + signed.query(), "text/xml", body);
    }

    public CallbackClient.Response postRaw(String path, String contentType, String body) {
        return http.post(path, contentType, body);
    }

    public static String textMessage(String corpId, String from, long msgId, String content) {
        return textMessage(corpId, from, String.valueOf(msgId), content);
    }

    public static String textMessage(String corpId, String from, String msgId, String content) {
        return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond()
                + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
                + "]]></Content><MsgId>" + msgId + "</MsgId><AgentID>1000002</AgentID></xml>";
    }
}
