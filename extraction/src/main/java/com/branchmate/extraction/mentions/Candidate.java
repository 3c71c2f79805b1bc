package com.branchmate.extraction.mentions;

/**
 * A name found in a note before it is known whom it names: where it stands, the name's parts, the title or role said
 * with it, and the alias it is known by (王行长, 小卢) when it comes again.
 */
record Candidate(int start, int end, String surname, String given, String title, String role, boolean staffTitle,
                 boolean customerTitle, String alias) {
}
