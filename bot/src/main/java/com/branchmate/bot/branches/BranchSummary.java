package com.branchmate.bot.branches;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A branch as the console lists it: who looks after it, how many people are known there, the last visit. */
public record BranchSummary(Long id, String bank, String name, String owner, String ownerName, String address,
                            int people, LocalDate lastVisit) {

    @JsonProperty("displayName")
    public String displayName() {
        return bank + name;
    }
}
