package com.branchmate.knowledge.search;

/**
 * A stored chunk as search sees it: where it comes from, its text and its embedding. {@code builtIn} marks the
 * playbook that ships with the bot, which yields to an organisation's own documents.
 */
public record Passage(long documentId, String title, String section, int position, String text, float[] embedding,
                      boolean builtIn) {

    public Passage(long documentId, String title, String section, int position, String text, float[] embedding) {
        this(documentId, title, section, position, text, embedding, false);
    }

    /** What keyword and vector search read: the title and section carry meaning the passage itself may not repeat. */
    public String searchableText() {
        return heading() + "\n" + text;
    }

    /** The document title and the section, as one line. */
    public String heading() {
        return title + (section == null || section.isBlank() ? "" : " " + section);
    }

    /** Title and section, as a citation shows them: 《网点拜访》 网点负责人. */
    public String source() {
        return "《" + title + "》" + (section == null || section.isBlank() ? "" : " " + section);
    }
}
