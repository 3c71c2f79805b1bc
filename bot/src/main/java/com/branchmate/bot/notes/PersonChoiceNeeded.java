package com.branchmate.bot.notes;

import java.util.List;

import com.branchmate.bot.people.Person;

/**
 * Saving a note stopped because one mention fits several known people. Nothing was saved; the member is
 * asked which one, and the note is saved again with the answer in {@link NoteService.NewNote#choices()}.
 */
public class PersonChoiceNeeded extends RuntimeException {

    private final int personIndex;
    private final String mention;
    private final List<Person> candidates;

    PersonChoiceNeeded(int personIndex, String mention, List<Person> candidates) {
        super("a person in the note needs a choice");
        this.personIndex = personIndex;
        this.mention = mention;
        this.candidates = List.copyOf(candidates);
    }

    public int personIndex() {
        return personIndex;
    }

    public String mention() {
        return mention;
    }

    public List<Person> candidates() {
        return candidates;
    }
}
