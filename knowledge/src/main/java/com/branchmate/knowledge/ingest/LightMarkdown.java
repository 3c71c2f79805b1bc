package com.branchmate.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the lines of a document as light Markdown: headings, paragraphs, list items and table rows. This is what
 * the chunker and the answer citations see, so structure that helps retrieval (headings, table rows) is kept.
 */
final class LightMarkdown {

    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?");
    /** Control characters other than tab and newline: form feeds, NULs from broken PDF font maps. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern INLINE_WHITESPACE = Pattern.compile("\\s+");

    private final StringBuilder text = new StringBuilder();

    void heading(int level, String heading) {
        String line = oneLine(heading);
        if (!line.isEmpty()) {
            // Deeper levels are folded into ### so the chunker only has to know three.
            text.append('\n').append("#".repeat(Math.max(1, Math.min(level, 3)))).append(' ').append(line).append('\n');
        }
    }

    /** A paragraph; line breaks inside it (Word soft breaks, PDF lines) stay as separate lines. */
    void paragraph(String paragraph) {
        if (paragraph != null && !paragraph.isBlank()) {
            text.append(paragraph.strip()).append('\n');
        }
    }

    void listItem(int depth, String item) {
        String line = oneLine(item);
        if (!line.isEmpty()) {
            text.append("  ".repeat(Math.max(0, depth))).append("- ").append(line).append('\n');
        }
    }

    /** Rows of cells; the first row is taken as the header. Short rows are padded so every row has as many cells. */
    void table(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        text.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < columns) {
                cells.add("");
            }
            text.append('|');
            for (String cell : cells) {
                text.append(' ').append(oneLine(cell).replace("|", "\\|")).append(" |");
            }
            text.append('\n');
            if (r == 0) {
                text.append("| --- ".repeat(columns)).append("|\n");
            }
        }
        text.append('\n');
    }

    @Override
    public String toString() {
        return normalize(text.toString());
    }

    /** Newlines as \n, no trailing spaces, at most one blank line in a row, none at the start or end. */
    static String normalize(String raw) {
        String unified = LINE_BREAKS.matcher(raw).replaceAll("\n").replace('\u00A0', ' ');
        String[] lines = CONTROL.matcher(unified).replaceAll("").split("\n", -1);
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingBlank = false;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            if (trimmed.isBlank()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (pendingBlank) {
                out.append('\n');
                pendingBlank = false;
            }
            out.append(trimmed).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** Characters that carry text; the Markdown we add ourselves (#, -, |) doesn't count. */
    static int visibleCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '#' && c != '-' && c != '|') {
                count++;
            }
        }
        return count;
    }

    static String oneLine(String text) {
        return text == null ? "" : INLINE_WHITESPACE.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }
}
