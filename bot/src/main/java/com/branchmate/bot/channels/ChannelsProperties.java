package com.branchmate.bot.channels;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code bot.channels}: how platform messages are processed and replies sent, the same for WeCom and DingTalk.
 *
 * @param workers           threads that run the conversation for platform messages
 * @param queueCapacity     stored messages that may wait in memory for a worker; the rest wait in the database
 *                          and are taken when there is room
 * @param sendAttempts      tries per outbound message on network errors, 5xx and platform rate-limit codes
 * @param retryBackoff      wait before the second try; doubled for each further try
 * @param rateLimitMaxWait  how long a send may wait for a robot's per-minute quota before it is given up
 * @param maxCallbackBody   larger callback bodies are refused with 413 unread
 * @param dedupTtl          how long a handled platform message id is remembered; longer than any platform's retries
 * @param shutdownGrace     how long shutdown waits for messages in hand; the others stay stored and are resumed
 *                          after the restart (by this or another instance)
 * @param processingLease   how long a worker holds a message; when it dies (kill -9), another worker takes the
 *                          message after this
 * @param resumePendingAfter a stored message not taken by a worker within this is picked up from the database
 * @param sendWorkers       threads that send replies, apart from the workers so a slow platform holds no processing
 * @param sendQueueCapacity replies that may wait in memory for a sender; the rest wait in the database
 * @param replyRetryFor     how long a reply that failed on 5xx, timeouts or throttling is retried before it is
 *                          given up and shown as FAILED in the send log
 * @param replyRetryBackoff wait before a reply's second round of tries; doubled each round, at most 5 minutes
 * @param processingAttempts tries of a message whose processing fails for other reasons than the database
 * @param storeTimeout      how long a callback waits for the database to store its message; after that (a stalled
 *                          database) the message goes to the outbox, so the platform's 5 s deadline holds
 */
@ConfigurationProperties("bot.channels")
public record ChannelsProperties(@DefaultValue("4") int workers,
                                 @DefaultValue("200") int queueCapacity,
                                 @DefaultValue("3") int sendAttempts,
                                 @DefaultValue("500ms") Duration retryBackoff,
                                 @DefaultValue("70s") Duration rateLimitMaxWait,
                                 @DefaultValue("1MB") DataSize maxCallbackBody,
                                 @DefaultValue("9h") Duration dedupTtl,
                                 @DefaultValue("10s") Duration shutdownGrace,
                                 @DefaultValue("60s") Duration processingLease,
                                 @DefaultValue("5s") Duration resumePendingAfter,
                                 @DefaultValue("4") int sendWorkers,
                                 @DefaultValue("500") int sendQueueCapacity,
                                 @DefaultValue("30m") Duration replyRetryFor,
                                 @DefaultValue("5s") Duration replyRetryBackoff,
                                 @DefaultValue("3") int processingAttempts,
                                 @DefaultValue("2s") Duration storeTimeout) {
}
