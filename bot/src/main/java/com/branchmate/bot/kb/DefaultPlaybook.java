package com.branchmate.bot.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

import com.branchmate.knowledge.KnowledgeBase;

/**
 * The playbook that ships with the bot (knowledge/src/main/resources/playbook), loaded on start so a new team gets
 * real answers at once. A document already stored with the same content is skipped; an edited one replaces its
 * passages. A file an admin deleted stays deleted; switched off, the playbook stays stored but is not searched.
 */
class DefaultPlaybook {

    private static final Logger log = LoggerFactory.getLogger(DefaultPlaybook.class);
    static final String FOLDER = "playbook/";

    private final KnowledgeBase knowledge;

    DefaultPlaybook(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    void load() {
        long start = System.nanoTime();
        int added = 0;
        for (String file : files()) {
            if (knowledge.builtInDismissed(file)) {
                continue;
            }
            byte[] content = read(FOLDER + file);
            var ingested = knowledge.ingest(file, content, null, "system", true);
            if (ingested.outcome() != KnowledgeBase.Outcome.UNCHANGED) {
                added++;
            }
        }
        log.info("Built-in playbook: {} documents checked, {} indexed, in {} ms", files().length, added,
                (System.nanoTime() - start) / 1_000_000);
    }

    static String[] files() {
        return new String(read(FOLDER + "index.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toArray(String[]::new);
    }

    private static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing built-in playbook file " + path, e);
        }
    }
}
