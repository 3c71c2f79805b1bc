package com.branchmate.extraction;

import java.util.List;

/**
 * What a visit note says, in the shape of the {@code POST /api/notes/extract} contract (shared/domain.md).
 * Nothing here is saved; NoteService turns it into people, facts and tasks.
 */
public record Extraction(BranchRef branch, List<ExtractedPerson> people, List<ExtractedTask> tasks) {

    public Extraction {
        people = people == null ? List.of() : List.copyOf(people);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    public static Extraction empty() {
        return new Extraction(null, List.of(), List.of());
    }

    public boolean isEmpty() {
        return branch == null && people.isEmpty() && tasks.isEmpty();
    }
}
