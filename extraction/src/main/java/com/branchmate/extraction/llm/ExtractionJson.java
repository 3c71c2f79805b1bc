package com.branchmate.extraction.llm;

import com.branchmate.extraction.BranchRef;
import com.branchmate.extraction.ExtractedFact;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.ExtractedTask;
import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.extraction.vocabulary.FactValueRules;
import com.branchmate.extraction.vocabulary.Lexicon;
import com.branchmate.extraction.vocabulary.PersonKind;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a model's answer into an {@link Extraction}, keeping only what fits the vocabulary of shared/domain.md.
 * Unknown keys, roles outside the list, malformed dates, phones and amounts are dropped one by one with a log line
 * that names the key, never the value (values are personal data). Stateless, so thread-safe.
 */
public final class ExtractionJson {

    private static final Logger log = LoggerFactory.getLogger(ExtractionJson.class);

    private static final Set<String> KINDS = Set.of("STAFF", "CUSTOMER");
    private static final int MAX_TEXT = 200;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> banks;

    /** With the bank names of the extraction dictionaries. */
    public ExtractionJson() {
        this(Lexicon.load().banks());
    }

    ExtractionJson(Map<String, String> banks) {
        this.banks = banks;
    }

    /** Empty when the answer holds no JSON object at all; then the caller falls back to the rules. */
    public Optional<Extraction> parse(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        JsonNode root = null;
        for (String candidate : JsonObjects.candidates(answer)) {
            try {
                JsonNode node = json.readTree(candidate);
                if (node != null && node.isObject() && (node.has("people") || node.has("branch") || node.has("tasks"))) {
                    root = node;
                    break;
                }
            } catch (JacksonException e) {
                // not JSON: a brace in prose or reasoning; try the next candidate
            }
        }
        if (root == null) {
            return Optional.empty();
        }
        return Optional.of(new Extraction(branch(root.path("branch")), people(root.path("people")),
                tasks(root.path("tasks"))));
    }

    private BranchRef branch(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        String bank = text(node.path("bank"));
        String name = text(node.path("name"));
        if (bank != null) {
            bank = banks.getOrDefault(bank, bank);
        }
        if (bank == null && name == null) {
            return null;
        }
        return new BranchRef(limit(bank), limit(name));
    }

    private List<ExtractedPerson> people(JsonNode array) {
        List<ExtractedPerson> people = new ArrayList<>();
        if (!array.isArray()) {
            return people;
        }
        for (JsonNode p : array) {
            String name = text(p.path("name"));
            String kind = text(p.path("kind"));
            if (name == null || name.length() > 20) {
                log.info("LLM person dropped: no usable name");
                continue;
            }
            if (kind == null || !KINDS.contains(kind.toUpperCase())) {
                log.info("LLM person dropped: kind not STAFF or CUSTOMER");
                continue;
            }
            kind = kind.toUpperCase();
            List<ExtractedFact> facts = new ArrayList<>();
            for (JsonNode f : p.path("facts")) {
                fact(f, kind).ifPresent(facts::add);
            }
            people.add(new ExtractedPerson(name, limit(text(p.path("title"))), kind, facts));
        }
        return people;
    }

    private Optional<ExtractedFact> fact(JsonNode f, String kind) {
        String key = text(f.path("key"));
        if (key == null || FactKey.of(key).isEmpty()) {
            log.info("LLM fact dropped: unknown key {}", key == null ? "(none)" : sanitizeKey(key));
            return Optional.empty();
        }
        if (!FactKey.of(key).orElseThrow().appliesTo(PersonKind.parse(kind))) {
            log.info("LLM fact dropped: key {} does not apply to {}", key, kind);
            return Optional.empty();
        }
        String raw = text(f.path("value"));
        String value = raw == null ? null : normalize(key, raw, f.path("value"));
        if (value == null) {
            log.info("LLM fact dropped: malformed value for key {}", key);
            return Optional.empty();
        }
        String note = text(f.path("note"));
        return Optional.of(new ExtractedFact(key, value, limit(note)));
    }

    /** The value in the contract's format, or null when it does not fit; the rules are {@link FactValueRules}. */
    static String normalize(String key, String raw, JsonNode node) {
        String v = raw.strip();
        // A model may answer a number as a JSON number (3000000 or 3.0E6): read it as the whole number it is.
        if (node.isIntegralNumber()) {
            v = Long.toString(node.asLong());
        } else if (node.isNumber() && node.asDouble() == Math.rint(node.asDouble())) {
            v = Long.toString((long) node.asDouble());
        }
        String value = v;
        return FactKey.of(key).flatMap(k -> FactValueRules.normalize(k, value)).orElse(null);
    }

    private List<ExtractedTask> tasks(JsonNode array) {
        List<ExtractedTask> tasks = new ArrayList<>();
        if (!array.isArray()) {
            return tasks;
        }
        for (JsonNode t : array) {
            String due = FactValueRules.iso(String.valueOf(text(t.path("due"))));
            if (due == null) {
                log.info("LLM task dropped: malformed due date");
                continue;
            }
            tasks.add(new ExtractedTask(LocalDate.parse(due), limit(text(t.path("person"))), limit(text(t.path("content")))));
        }
        return tasks;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
            return null;
        }
        String s = node.asString().strip();
        return s.isEmpty() ? null : s;
    }

    private static String limit(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }

    /** Keys come from the model: keep a log line short and free of anything that could be a value. */
    private static String sanitizeKey(String key) {
        String k = key.replaceAll("[^A-Za-z_]", "");
        return k.length() > 30 ? k.substring(0, 30) : k;
    }
}
