package com.branchmate.bot.channels;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code bot.channels}: how platform messages are processed and replies sent, the same for WeCom and DingTalk.
 *
 * @param workers           threads that run the conversation for platform messages
 * @param queueCapacity     messages that may wait for a worker; beyond that the sender is asked to retry
 * @param sendAttempts      tries per outbound message on network errors, 5xx and platform rate-limit codes
 * @param retryBackoff      wait before the second try; doubled for each further try
 * @param rateLimitMaxWait  how long a send may wait for a robot's per-minute quota before it is given up
 * @param maxCallbackBody   larger callback bodies are refused with 413 unread
 * @param dedupTtl          how long a platform message id is remembered; longer than any platform's retries
 * @param shutdownGrace     how long shutdown waits for accepted messages; those still waiting are kept in the
 *                          outbox and handled after the restart
 */
@ConfigurationProperties("bot.channels")
public record ChannelsProperties(@DefaultValue("4") int workers,
                                 @DefaultValue("200") int queueCapacity,
                                 @DefaultValue("3") int sendAttempts,
                                 @DefaultValue("500ms") Duration retryBackoff,
                                 @DefaultValue("70s") Duration rateLimitMaxWait,
                                 @DefaultValue("1MB") DataSize maxCallbackBody,
                                 @DefaultValue("9h") Duration dedupTtl,
                                 @DefaultValue("10s") Duration shutdownGrace) {
}
