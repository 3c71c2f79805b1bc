package com.branchmate.bot.conversation;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.InboundDispatcher;
import com.branchmate.bot.channels.InboundEnvelope;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.platform.BotProperties;
import com.branchmate.bot.platform.privacy.FieldCipher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Messages that arrived while the database was unreachable, kept as files under {@code data/outbox} so they
 * survive a restart. Each file is one message, named after its channel and message id, so the same message is
 * kept once; the note is saved with that id, so replaying it twice still saves it once. A file holds note text,
 * so it is encrypted with the bot's key ({@code {"sealed":"enc:v1:..."}}); files written before that, plain
 * messages, are still read.
 */
@Component
class MessageOutbox implements InboundDispatcher.UnfinishedMessages {

    private static final Logger log = LoggerFactory.getLogger(MessageOutbox.class);

    private final Path folder;
    private final ObjectMapper objectMapper;
    private final FieldCipher cipher;

    MessageOutbox(BotProperties properties, ObjectMapper objectMapper, FieldCipher cipher) {
        this.folder = properties.dataDir().resolve("outbox");
        this.objectMapper = objectMapper;
        this.cipher = cipher;
    }

    /** A web chat message: answered through its channel's default route after the replay. */
    public void keep(InboundMessage message) {
        keep(InboundEnvelope.of(message));
    }

    @Override
    public void keep(InboundEnvelope envelope) {
        InboundMessage message = envelope.message();
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(fileName(message));
            Path temporary = Files.createTempFile(folder, "incoming", ".tmp");
            Files.writeString(temporary, objectMapper.writeValueAsString(java.util.Map.of("sealed",
                    cipher.encrypt(objectMapper.writeValueAsString(envelope)))));
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Nowhere left to keep it: the caller tells the member to send it again.
            throw new IllegalStateException("cannot write the outbox", e);
        }
    }

    /** The kept messages, oldest first, with the file each came from. */
    List<Kept> pending() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Kept> kept = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    kept.add(new Kept(file, read(Files.readString(file))));
                } catch (IOException | RuntimeException e) {
                    log.warn("Unreadable outbox file {}, left for an operator", file.getFileName());
                }
            }
        } catch (IOException e) {
            log.warn("Cannot list the outbox", e);
        }
        return kept;
    }

    void done(Kept kept) {
        try {
            Files.deleteIfExists(kept.file());
        } catch (IOException e) {
            log.warn("Cannot remove outbox file {}", kept.file().getFileName(), e);
        }
    }

    private InboundEnvelope read(String content) {
        JsonNode node = objectMapper.readTree(content);
        if (node.has("sealed")) {
            return objectMapper.readValue(cipher.decrypt(node.get("sealed").asString()), InboundEnvelope.class);
        }
        return InboundEnvelope.of(objectMapper.treeToValue(node, InboundMessage.class));
    }

    record Kept(Path file, InboundEnvelope envelope) {

        InboundMessage message() {
            return envelope.message();
        }
    }

    private static String fileName(InboundMessage message) {
        String id = (message.channel() + "-" + message.at().toEpochMilli() + "-" + message.messageId())
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return id + ".json";
    }
}
