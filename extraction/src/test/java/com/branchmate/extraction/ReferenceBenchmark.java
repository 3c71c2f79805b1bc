package com.branchmate.extraction;

/**
 * Prints how the numeral reader, the amount reader and the date resolver score on the outside reference tables:
 * right, wrong (silently wrong values, counted apart) and missing, simplified and traditional rows apart. Run:
 * {@code ./mvnw -q -pl extraction test-compile exec:java -Dexec.skip=false -Dexec.mainClass=com.branchmate.extraction.ReferenceBenchmark -Dexec.classpathScope=test}.
 * Pass {@code -Dbenchmark.verbose=true} to list the missing rows too (wrong rows are always listed).
 */
public final class ReferenceBenchmark {

    private ReferenceBenchmark() {
    }

    public static void main(String[] args) {
        boolean verbose = Boolean.getBoolean("benchmark.verbose");
        for (ReferenceTables.Score score : ReferenceTables.all()) {
            System.out.println(score.line());
            score.wrongRows().forEach(r -> System.out.println("    wrong:   " + r));
            if (verbose) {
                score.missingRows().forEach(r -> System.out.println("    missing: " + r));
            }
        }
    }
}
