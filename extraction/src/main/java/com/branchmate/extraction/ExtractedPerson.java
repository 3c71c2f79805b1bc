package com.branchmate.extraction;

import java.util.List;

/**
 * A person a note talks about. {@code name} is the name as written without title ("王", "李娜");
 * {@code title} as written ("行长", "先生"); {@code kind} is STAFF or CUSTOMER.
 */
public record ExtractedPerson(String name, String title, String kind, List<ExtractedFact> facts) {

    public ExtractedPerson {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
