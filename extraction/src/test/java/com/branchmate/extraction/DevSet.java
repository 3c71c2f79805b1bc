package com.branchmate.extraction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The annotated dev notes of shared/eval/notes-dev.jsonl: text, reference date and gold extraction. */
public final class DevSet {

    public record Example(String id, LocalDate referenceDate, String text, Extraction gold) {

        /**
         * The fixed held-out quarter of each file: only ever measured, never read while writing rules, so its
         * figure says how the rules do on notes nobody tuned to.
         */
        public boolean heldOut() {
            return Math.floorMod(id.hashCode(), 4) == 0;
        }
    }

    private DevSet() {
    }

    /**
     * The notes of a file written apart from shared/eval, kept with the tests (src/test/resources/eval); none when the
     * file is not there.
     */
    public static List<Example> fresh(String name) {
        java.net.URL url = DevSet.class.getResource("/eval/" + name);
        if (url == null) {
            return List.of();
        }
        try {
            return load(Path.of(url.toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Example> load(Path file) {
        JsonMapper json = JsonMapper.builder().build();
        List<Example> examples = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                examples.add(new Example(node.path("id").asString(), LocalDate.parse(node.path("referenceDate").asString()),
                        node.path("text").asString(), gold(node.path("gold"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    private static Extraction gold(JsonNode gold) {
        BranchRef branch = null;
        JsonNode b = gold.path("branch");
        if (b.isObject()) {
            branch = new BranchRef(text(b.path("bank")), text(b.path("name")));
        }
        List<ExtractedPerson> people = new ArrayList<>();
        for (JsonNode p : gold.path("people")) {
            List<ExtractedFact> facts = new ArrayList<>();
            for (JsonNode f : p.path("facts")) {
                facts.add(new ExtractedFact(f.path("key").asString(), f.path("value").asString(), text(f.path("note"))));
            }
            people.add(new ExtractedPerson(text(p.path("name")), text(p.path("title")), text(p.path("kind")), facts));
        }
        List<ExtractedTask> tasks = new ArrayList<>();
        for (JsonNode t : gold.path("tasks")) {
            tasks.add(new ExtractedTask(LocalDate.parse(t.path("due").asString()), text(t.path("person")),
                    text(t.path("content"))));
        }
        return new Extraction(branch, people, tasks);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
