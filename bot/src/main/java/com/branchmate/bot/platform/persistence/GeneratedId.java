package com.branchmate.bot.platform.persistence;

/**
 * Receives the id the database generates on insert ({@code keyProperty="id.value"}), so the rows
 * themselves can stay immutable records.
 */
public final class GeneratedId {

    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }

    /** The generated id; fails loudly if the insert did not produce one. */
    public long get() {
        if (value == null) {
            throw new IllegalStateException("insert returned no generated id");
        }
        return value;
    }
}
