package com.branchmate.bot.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.branchmate.bot.platform.privacy.FieldCipher;

import tools.jackson.databind.ObjectMapper;

/**
 * The {@code inbound_message} table: messages stored before they are acknowledged, their processing lease, their
 * reply until it is sent. Envelope and reply hold note text, so they are encrypted like notes.
 */
@Component
class InboundStore {

    static final String PENDING = "PENDING";
    static final String PROCESSING = "PROCESSING";
    static final String REPLYING = "REPLYING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
    private static final int ERROR_LENGTH = 500;

    /** A claimed row, decrypted. */
    record Claimed(long id, InboundEnvelope envelope, String reply, int attempts, int sendAttempts,
                   Instant createdAt) {
    }

    /** The insert's parameter; mutable because MyBatis writes the generated id back into it. */
    static final class NewRow {
        public Long id;
        public final String channel;
        public final String messageId;
        public final String envelope;
        public final Instant createdAt;
        public final long createdMillis;

        NewRow(String channel, String messageId, String envelope, Instant createdAt) {
            this.channel = channel;
            this.messageId = messageId;
            this.envelope = envelope;
            this.createdAt = createdAt;
            this.createdMillis = createdAt.toEpochMilli();
        }
    }

    private final InboundMessageMapper rows;
    private final FieldCipher cipher;
    private final ObjectMapper json;
    private final Clock clock;

    InboundStore(InboundMessageMapper rows, FieldCipher cipher, ObjectMapper json, Clock clock) {
        this.rows = rows;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    /** Stores the message; its id, or empty when it was stored before (a re-delivery). Throws when the database fails. */
    Optional<Long> insert(InboundEnvelope envelope) {
        Instant now = clock.instant();
        InboundMessage message = envelope.message();
        var row = new NewRow(message.channel(), message.messageId(), cipher.encrypt(json.writeValueAsString(envelope)),
                now);
        try {
            rows.insert(row);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(row.id);
    }

    /** Whether the message is in the table (any status). Throws when the database fails. */
    boolean stored(InboundMessage message) {
        return rows.countByMessage(message.channel(), message.messageId()) > 0;
    }

    /** Takes the message for processing for {@code lease}; empty when another worker has it or it is done. */
    Optional<Claimed> claim(long id, Duration lease) {
        Instant now = clock.instant();
        if (rows.claim(id, now, now.toEpochMilli(), now.plus(lease).toEpochMilli()) == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(rows.find(id)).map(this::open);
    }

    void replyReady(long id, String reply) {
        Instant now = clock.instant();
        rows.replyReady(id, cipher.encrypt(reply), now, now.toEpochMilli());
    }

    /** Takes the reply for one send for {@code lease}; empty when not due or another sender has it. */
    Optional<Claimed> claimSend(long id, Duration lease) {
        Instant now = clock.instant();
        if (rows.claimSend(id, now, now.toEpochMilli(), now.plus(lease).toEpochMilli()) == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(rows.find(id)).map(this::open);
    }

    void retryLater(long id, Instant at, String error) {
        rows.retryLater(id, at.toEpochMilli(), truncate(error), clock.instant());
    }

    void done(long id) {
        Instant now = clock.instant();
        rows.finish(id, DONE, null, now, now.toEpochMilli());
    }

    void failed(long id, String error) {
        Instant now = clock.instant();
        rows.finish(id, FAILED, truncate(error), now, now.toEpochMilli());
    }

    List<InboundRow> due(Duration pendingGrace, int limit) {
        Instant now = clock.instant();
        return rows.findDue(now.toEpochMilli(), now.minus(pendingGrace).toEpochMilli(), limit);
    }

    int purge(Duration keep) {
        return rows.purge(clock.instant().minus(keep).toEpochMilli());
    }

    long count(String status) {
        return rows.countByStatus(status);
    }

    private Claimed open(InboundRow row) {
        InboundEnvelope envelope = json.readValue(cipher.decrypt(row.envelope()), InboundEnvelope.class);
        return new Claimed(row.id(), envelope, cipher.decrypt(row.reply()), row.attempts(), row.sendAttempts(),
                row.createdAt());
    }

    private static String truncate(String value) {
        return value == null || value.length() <= ERROR_LENGTH ? value : value.substring(0, ERROR_LENGTH);
    }
}
