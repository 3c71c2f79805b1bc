package com.branchmate.extraction;

import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/f14/probe/in.txt"))) {
            if (line.isBlank()) continue;
            String[] p = line.split("\t");
            Extraction e = p.length > 1 ? NoteProbe.read(p[1], java.time.LocalDate.parse(p[0])) : NoteProbe.read(p[0]);
            System.out.println(new com.branchmate.extraction.dates.DateResolver().find(p.length > 1 ? p[1] : p[0], java.time.LocalDate.parse("2026-09-20")));
            System.out.println("PROBE " + line + "\n  " + e.people() + "\n  " + e.tasks());
        }
    }
}
