package com.branchmate.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits light Markdown into passages of a few hundred characters for search. Chinese text has no spaces, so
 * passages end at sentence ends (。！？；and line breaks), never inside a sentence, and never across a heading. The
 * next passage repeats the last sentence of the one before, so an answer that straddles the cut is still found.
 * Plain-text documents rarely use Markdown, so short outline lines (一、… （二）… 第三章 … 1. …) count as headings.
 */
public final class Chunker {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern OUTLINE_HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十百零\\d]+[章节部分篇]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\\s*\\S.*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[，,、：:])");

    private final int targetChars;
    private final int maxChars;
    private final int overlapChars;

    /** Passages of about {@code targetChars}, a sentence of overlap when it is short, none longer than twice that. */
    public Chunker(int targetChars) {
        this(targetChars, targetChars / 3);
    }

    /** Passages of about {@code targetChars}; the last sentence is repeated in the next when it is at most {@code overlapChars}. */
    public Chunker(int targetChars, int overlapChars) {
        this.targetChars = targetChars;
        this.maxChars = targetChars * 2;
        this.overlapChars = overlapChars;
    }

    public static Chunker standard() {
        return new Chunker(300);
    }

    public List<Chunk> split(String text) {
        List<Chunk> chunks = new ArrayList<>();
        Section section = new Section();
        List<String> sentences = new ArrayList<>();
        String tableHeader = null;
        for (String rawLine : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            Heading heading = heading(line);
            if (heading != null) {
                // The passage so far belongs to the section it was written under; then the new section starts.
                flush(chunks, section.path(), sentences, false);
                section.enter(heading.level(), heading.title());
                tableHeader = null;
                continue;
            }
            if (line.startsWith("|")) {
                // A table row stays whole; the header row is repeated in each passage the table spills into.
                if (line.matches("^\\|[\\s|:-]+\\|?$")) {
                    continue;
                }
                if (tableHeader == null) {
                    tableHeader = line;
                } else if (sentences.isEmpty() || length(sentences) + line.length() > targetChars) {
                    flush(chunks, section.path(), sentences, false);
                    sentences.add(tableHeader);
                }
                sentences.add(line);
                continue;
            }
            tableHeader = null;
            for (String sentence : sentences(line)) {
                if (!sentences.isEmpty() && length(sentences) + sentence.length() > targetChars) {
                    flush(chunks, section.path(), sentences, true);
                }
                sentences.add(sentence);
            }
            // A line break ends a sentence; keep it so passages read as the document did.
            int last = sentences.size() - 1;
            if (last >= 0) {
                sentences.set(last, sentences.get(last) + "\n");
            }
        }
        flush(chunks, section.path(), sentences, false);
        return chunks;
    }

    private record Heading(int level, String title) {
    }

    /** The heading this line is, or null for body text. */
    private static Heading heading(String line) {
        var markdown = MARKDOWN_HEADING.matcher(line);
        if (markdown.matches()) {
            return new Heading(markdown.group(1).length(), markdown.group(2).strip());
        }
        if (line.length() <= 30 && OUTLINE_HEADING.matcher(line).matches() && !line.matches(".*[。！？；]$")) {
            return new Heading(line.startsWith("第") ? 2 : line.startsWith("（") || line.startsWith("(") ? 4 : 3, line);
        }
        return null;
    }

    /** Sentences of one line; a sentence longer than the limit is cut at commas, then by length. */
    private List<String> sentences(String line) {
        List<String> result = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(line)) {
            if (sentence.isBlank()) {
                continue;
            }
            if (sentence.length() <= maxChars) {
                result.add(sentence);
                continue;
            }
            StringBuilder piece = new StringBuilder();
            for (String clause : CLAUSE_END.split(sentence)) {
                if (piece.length() + clause.length() > targetChars && !piece.isEmpty()) {
                    result.add(piece.toString());
                    piece.setLength(0);
                }
                for (int start = 0; start < clause.length(); start += maxChars) {
                    String part = clause.substring(start, Math.min(clause.length(), start + maxChars));
                    if (part.length() == maxChars) {
                        result.add(part);
                    } else {
                        piece.append(part);
                    }
                }
            }
            if (!piece.isEmpty()) {
                result.add(piece.toString());
            }
        }
        return result;
    }

    private void flush(List<Chunk> chunks, String section, List<String> sentences, boolean keepOverlap) {
        String text = String.join("", sentences).strip();
        if (!text.isEmpty()) {
            chunks.add(new Chunk(chunks.size(), section, text));
        }
        String overlap = keepOverlap && !sentences.isEmpty() ? sentences.get(sentences.size() - 1) : null;
        sentences.clear();
        if (overlap != null && overlap.length() <= overlapChars && !overlap.startsWith("|")) {
            sentences.add(overlap);
        }
    }

    private static int length(List<String> sentences) {
        int length = 0;
        for (String sentence : sentences) {
            length += sentence.length();
        }
        return length;
    }

    /** The headings above the current line, joined: "拜访节奏 / 网点负责人". The document title (level 1) is left out. */
    private static final class Section {
        private final String[] levels = new String[7];

        void enter(int level, String title) {
            levels[level] = title;
            for (int deeper = level + 1; deeper < levels.length; deeper++) {
                levels[deeper] = null;
            }
        }

        String path() {
            List<String> parts = new ArrayList<>();
            for (int level = 2; level < levels.length; level++) {
                if (levels[level] != null) {
                    parts.add(levels[level]);
                }
            }
            return String.join(" / ", parts);
        }
    }
}
