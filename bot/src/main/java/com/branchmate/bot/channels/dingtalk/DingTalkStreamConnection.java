package com.branchmate.bot.channels.dingtalk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.api.security.AuthClientCredential;

/**
 * Stream mode: an outbound connection to DingTalk for deployments with no public address (bank intranets
 * with a proxy). Exists only with {@code bot.dingtalk.stream-enabled=true}, so nothing connects otherwise.
 * The SDK cannot be pointed at a fake host; the listener is tested on its own.
 */
@Component
@ConditionalOnProperty(prefix = "bot.dingtalk", name = "stream-enabled", havingValue = "true")
class DingTalkStreamConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DingTalkStreamConnection.class);

    private final DingTalkProperties properties;
    private final DingTalkStreamListener listener;
    private volatile OpenDingTalkClient client;

    DingTalkStreamConnection(DingTalkProperties properties, DingTalkStreamListener listener) {
        this.properties = properties;
        this.listener = listener;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            log.warn("bot.dingtalk.stream-enabled is set but AppKey/AppSecret are not: Stream mode stays off");
            return;
        }
        try {
            OpenDingTalkClient started = OpenDingTalkStreamClientBuilder.custom()
                    .credential(new AuthClientCredential(properties.appKey(), properties.appSecret()))
                    .registerCallbackListener(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, listener)
                    .build();
            started.start();
            client = started;
            log.info("DingTalk Stream mode connected for robot messages");
        } catch (Exception e) {
            // The bot still serves the console and WeCom; the SDK reconnects by itself once it is running.
            log.error("DingTalk Stream mode could not start", e);
        }
    }

    @Override
    public void stop() {
        OpenDingTalkClient running = client;
        client = null;
        if (running != null) {
            try {
                running.stop();
            } catch (Exception e) {
                log.warn("DingTalk Stream mode did not stop cleanly", e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }
}
