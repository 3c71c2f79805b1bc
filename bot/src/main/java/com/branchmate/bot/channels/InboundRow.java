package com.branchmate.bot.channels;

import java.time.Instant;

/** One row of {@code inbound_message}, as stored (envelope and reply encrypted). */
record InboundRow(Long id, String channel, String messageId, String envelope, String status, long leaseUntil,
                  String reply, int attempts, int sendAttempts, String lastError, Instant createdAt, Instant updatedAt) {
}
