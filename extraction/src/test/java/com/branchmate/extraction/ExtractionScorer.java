package com.branchmate.extraction;

import com.branchmate.extraction.vocabulary.FactKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fact-level precision, recall and F1 over (person name, key, value) triples. Free-text keys match when one value
 * contains the other once punctuation and spaces are removed; other keys must be equal. The branch (bank + name)
 * and each task (due date + person) count as extra triples under the keys "branch" and "task". Micro-averaged
 * overall, and per key.
 */
final class ExtractionScorer {

    record Triple(String person, String key, String value) {
    }

    /** Counts for one key or overall. */
    record Score(int truePositives, int predicted, int gold) {

        double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score other) {
            return new Score(truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
        }
    }

    private final Map<String, Score> byKey = new TreeMap<>();

    /** Adds one note's comparison. */
    void add(Extraction predicted, Extraction gold) {
        List<Triple> p = triples(predicted);
        List<Triple> g = new ArrayList<>(triples(gold));
        Map<String, int[]> counts = new TreeMap<>();
        for (Triple t : g) {
            counts.computeIfAbsent(t.key(), k -> new int[3])[2]++;
        }
        for (Triple t : p) {
            int[] c = counts.computeIfAbsent(t.key(), k -> new int[3]);
            c[1]++;
            for (int i = 0; i < g.size(); i++) {
                if (matches(t, g.get(i))) {
                    c[0]++;
                    g.remove(i);
                    break;
                }
            }
        }
        counts.forEach((key, c) -> byKey.merge(key, new Score(c[0], c[1], c[2]), Score::plus));
    }

    Score overall() {
        return byKey.values().stream().reduce(new Score(0, 0, 0), Score::plus);
    }

    Map<String, Score> byKey() {
        return byKey;
    }

    static List<Triple> triples(Extraction e) {
        List<Triple> triples = new ArrayList<>();
        if (e.branch() != null) {
            triples.add(new Triple("", "branch", e.branch().bank() + "/" + e.branch().name()));
        }
        for (ExtractedPerson person : e.people()) {
            for (ExtractedFact fact : person.facts()) {
                triples.add(new Triple(person.name(), fact.key(), fact.value()));
            }
        }
        for (ExtractedTask task : e.tasks()) {
            triples.add(new Triple(task.person(), "task", String.valueOf(task.due())));
        }
        return triples;
    }

    static boolean matches(Triple predicted, Triple gold) {
        if (!predicted.key().equals(gold.key()) || !String.valueOf(predicted.person()).equals(String.valueOf(gold.person()))) {
            return false;
        }
        boolean freeText = FactKey.isFreeText(gold.key());
        if (!freeText) {
            return String.valueOf(predicted.value()).equals(String.valueOf(gold.value()));
        }
        String a = clean(predicted.value());
        String b = clean(gold.value());
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\p{P}\\p{S}\\s]", "");
    }

    /** A table of P/R/F1 per key and overall. */
    String report() {
        StringBuilder sb = new StringBuilder(String.format("%-16s %6s %6s %6s %5s %5s %5s%n", "key", "P", "R", "F1",
                "tp", "pred", "gold"));
        byKey.forEach((key, s) -> sb.append(line(key, s)));
        sb.append(line("OVERALL", overall()));
        return sb.toString();
    }

    private static String line(String key, Score s) {
        return String.format("%-16s %6.3f %6.3f %6.3f %5d %5d %5d%n", key, s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.predicted(), s.gold());
    }
}
