package com.branchmate.bot.kb;

import java.util.List;

import com.branchmate.bot.access.Caller;

/**
 * The playbook as the conversation sees it: answers with their sources, and scripts (话术) for a customer.
 * Backed by the knowledge module; the customer's facts come from the people feature within the caller's scope.
 */
public interface Playbook {

    record Source(long documentId, String title, String section) {
    }

    record Answer(String text, List<Source> sources) {
    }

    Answer ask(Caller caller, String question, String channel);

    Answer script(Caller caller, String request, String channel);
}
