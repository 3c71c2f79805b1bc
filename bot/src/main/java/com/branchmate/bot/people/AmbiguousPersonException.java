package com.branchmate.bot.people;

import java.util.List;

/**
 * A note names someone who could be more than one known person (two 王 at one branch). Nothing is saved;
 * the conversation asks which one and saves again with the choice.
 */
public class AmbiguousPersonException extends RuntimeException {

    private final String mention;
    private final List<Person> candidates;

    public AmbiguousPersonException(String mention, List<Person> candidates) {
        super("ambiguous person mention");
        this.mention = mention;
        this.candidates = List.copyOf(candidates);
    }

    /** How the note named them, e.g. 王行长. */
    public String mention() {
        return mention;
    }

    public List<Person> candidates() {
        return candidates;
    }
}
