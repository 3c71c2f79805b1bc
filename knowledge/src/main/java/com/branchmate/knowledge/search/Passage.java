package com.branchmate.knowledge.search;

/** A stored chunk as search sees it: where it comes from, its text and its embedding. */
public record Passage(long documentId, String title, String section, int position, String text, float[] embedding) {

    /** What keyword and vector search read: the title and section carry meaning the passage itself may not repeat. */
    public String searchableText() {
        return title + (section == null || section.isBlank() ? "" : " " + section) + "\n" + text;
    }

    /** Title and section, as a citation shows them: 《网点拜访》 网点负责人. */
    public String source() {
        return "《" + title + "》" + (section == null || section.isBlank() ? "" : " " + section);
    }
}
