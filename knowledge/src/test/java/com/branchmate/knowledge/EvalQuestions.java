package com.branchmate.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import com.branchmate.knowledge.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The playbook questions of ../shared/eval (kb-dev.jsonl and kb-dev2.jsonl) with a fixed split by a hash of the id:
 * a third is held out, only ever measured, never looked at while tuning.
 */
public record EvalQuestions(List<Question> all) {

    public record Question(String id, String question, List<String> mustContain, boolean answerable) {
        /** The held-out third: CRC32 of the id, modulo 3, is 0. Fixed, so it never drifts into tuning. */
        public boolean heldOut() {
            CRC32 crc = new CRC32();
            crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return crc.getValue() % 3 == 0;
        }
    }

    public static EvalQuestions read(Path shared) throws IOException {
        List<Question> questions = new ArrayList<>();
        for (String file : List.of("eval/kb-dev.jsonl", "eval/kb-dev2.jsonl")) {
            questions.addAll(parse(Files.readAllLines(shared.resolve(file))));
        }
        return new EvalQuestions(questions);
    }

    /** The questions of kb-dev.jsonl-style lines (blank lines skipped). */
    public static List<Question> parse(List<String> lines) throws IOException {
        List<Question> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<String> keywords = new ArrayList<>();
            node.get("mustContain").forEach(k -> keywords.add(k.asText()));
            boolean answerable = !node.has("answerable") || node.get("answerable").asBoolean();
            questions.add(new Question(node.get("id").asText(), node.get("question").asText(), keywords, answerable));
        }
        return questions;
    }

    public List<Question> answerable(boolean heldOut) {
        return all.stream().filter(q -> q.answerable() && q.heldOut() == heldOut).toList();
    }

    public List<Question> unanswerable(boolean heldOut) {
        return all.stream().filter(q -> !q.answerable() && q.heldOut() == heldOut).toList();
    }

    /** The rank of the first hit holding every keyword (whitespace ignored), or -1. */
    public static int firstHit(List<Hit> hits, List<String> keywords) {
        for (int i = 0; i < hits.size(); i++) {
            String text = hits.get(i).passage().text().replaceAll("\\s+", "");
            if (keywords.stream().allMatch(k -> text.contains(k.replaceAll("\\s+", "")))) {
                return i;
            }
        }
        return -1;
    }
}
