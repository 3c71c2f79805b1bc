package com.branchmate.extraction;

/** A branch as a note names it: full bank name (建设银行) and branch name (城南支行). */
public record BranchRef(String bank, String name) {
}
