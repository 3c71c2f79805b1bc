package com.branchmate.bot.channels;

import java.time.Instant;

/** One row of {@code channel_send}: one part of one outbound message and how sending it went. */
public record ChannelSend(Long id, String channel, String recipient, String messageKey, int partNo, int partCount,
                          String status, String error, int attempts, Instant createdAt) {
}
