package com.branchmate.bot.huddles;

/** 晨会 and 夕会. */
public enum HuddleKind {
    MORNING("晨会"), EVENING("夕会");

    private final String label;

    HuddleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
