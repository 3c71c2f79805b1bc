package com.branchmate.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

public class ScratchProbe {
    public static void main(String[] args) throws Exception {
        for (String line : Files.readAllLines(Path.of("/tmp/people14/probe.txt"))) {
            if (line.isBlank()) continue;
            Extraction e = NoteProbe.read(line.replace("\\n", "\n"), LocalDate.parse("2026-05-13"));
            System.out.println(line);
            e.people().forEach(p -> System.out.println("   " + p.name() + "/" + p.title() + "/" + p.kind() + " " + p.facts()));
            e.tasks().forEach(t -> System.out.println("   T " + t));
        }
    }
}
