package com.branchmate.extraction.llm;

import com.branchmate.extraction.NoteExtractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * What a chat model is told to extract a note: the system prompt (the vocabulary and the answer's JSON shape, from
 * {@code classpath:extraction/llm-system-prompt.txt}) and the user message (reference date with its weekday, then
 * the note, cut like the rules cut it). Independent of any model library; {@link ExtractionJson} reads the answer.
 */
public final class ExtractionPrompt {

    private final String systemPrompt;

    public ExtractionPrompt() {
        this.systemPrompt = resource("extraction/llm-system-prompt.txt");
    }

    public String systemPrompt() {
        return systemPrompt;
    }

    /**
     * The note inside {@code <note>} tags, which the system prompt declares material, not instructions; angle
     * brackets in the note are made full-width so it cannot close its own quotation.
     */
    public String userMessage(String text, LocalDate referenceDate) {
        String weekday = referenceDate.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
        String note = text.length() > NoteExtractor.MAX_LENGTH ? text.substring(0, NoteExtractor.MAX_LENGTH) : text;
        note = note.replace("<", "＜").replace(">", "＞");
        return "参考日期：" + referenceDate + "（" + weekday + "，Asia/Shanghai）\n<note>\n" + note + "\n</note>";
    }

    private static String resource(String path) {
        try (InputStream in = ExtractionPrompt.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
