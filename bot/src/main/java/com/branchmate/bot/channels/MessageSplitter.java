package com.branchmate.bot.channels;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a reply into parts that each fit a platform's size limit, counted in UTF-8 bytes because that is how
 * WeCom and DingTalk measure (and silently truncate). Cuts fall between lines; only a single line longer than
 * the limit is cut inside, and then between code points, so no character is ever broken.
 *
 * <p>Same shape as the splitter on main (an instance with {@code split(String, int)}), so the two reconcile by
 * taking either file. Stateless: one instance can be shared between threads.
 */
public final class MessageSplitter {

    public MessageSplitter() {
    }

    /**
     * @return the parts in order, none blank and none longer than {@code maxUtf8Bytes}; joined with line breaks
     * they give back the text, less the line break at each cut between lines and any blank part
     */
    public List<String> split(String text, int maxUtf8Bytes) {
        if (maxUtf8Bytes < 4) {
            throw new IllegalArgumentException("the limit must hold at least one character of 4 bytes");
        }
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return List.of(); // nothing worth a message
        }
        if (utf8Length(text) <= maxUtf8Bytes) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean open = false;
        int currentBytes = 0;
        for (String line : text.split("\n", -1)) {
            int lineBytes = utf8Length(line);
            if (open) {
                if (currentBytes + 1 + lineBytes <= maxUtf8Bytes) {
                    current.append('\n').append(line);
                    currentBytes += 1 + lineBytes;
                    continue;
                }
                flush(parts, current);
            }
            if (lineBytes <= maxUtf8Bytes) {
                current.append(line);
                currentBytes = lineBytes;
                open = true;
                continue;
            }
            List<String> pieces = cutLine(line, maxUtf8Bytes);
            for (int i = 0; i < pieces.size() - 1; i++) {
                addUnlessBlank(parts, pieces.get(i));
            }
            current.append(pieces.get(pieces.size() - 1));
            currentBytes = utf8Length(current.toString());
            open = true;
        }
        flush(parts, current);
        return List.copyOf(parts);
    }

    private static void flush(List<String> parts, StringBuilder current) {
        addUnlessBlank(parts, current.toString());
        current.setLength(0);
    }

    /** A blank message would be refused by the platforms, or shown as an empty bubble. */
    private static void addUnlessBlank(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part);
        }
    }

    /** A line longer than the limit, cut between code points. */
    private static List<String> cutLine(String line, int maxUtf8Bytes) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (bytes + size > maxUtf8Bytes) {
                pieces.add(piece.toString());
                piece.setLength(0);
                bytes = 0;
            }
            piece.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
