package com.branchmate.knowledge.scripts;

import java.util.List;

import com.branchmate.knowledge.answer.Citation;

/** A script of a few turns, the playbook passages it follows and the customer facts it uses. */
public record Script(String text, List<Citation> citations, List<CustomerProfile.Fact> factsUsed) {
}
