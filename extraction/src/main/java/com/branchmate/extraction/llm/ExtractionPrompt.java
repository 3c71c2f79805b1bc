package com.branchmate.extraction.llm;

import com.branchmate.extraction.NoteExtractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.text.Amounts;

/**
 * What a chat model is told to extract a note: the system prompt (the vocabulary and the answer's JSON shape, from
 * {@code classpath:extraction/llm-system-prompt.txt}) and the user message (reference date with its weekday, then
 * the note, cut like the rules cut it). Independent of any model library; {@link ExtractionJson} reads the answer.
 */
public final class ExtractionPrompt {

    private final String systemPrompt;
    private final DateResolver dates;

    public ExtractionPrompt() {
        this(new DateResolver());
    }

    public ExtractionPrompt(DateResolver dates) {
        this.systemPrompt = resource("extraction/llm-system-prompt.txt");
        this.dates = dates;
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
        return "参考日期：" + referenceDate + "（" + weekday + "，Asia/Shanghai）\n<note>\n" + note + "\n</note>"
                + resolved(note, referenceDate);
    }

    /**
     * The dates and sums the engine already read in the note, so the model does no calendar or unit arithmetic:
     * {@code 下周三=2026-11-25}, {@code 3万5=35000元}; vague ones are left out, as the rules leave them out.
     */
    String resolved(String note, LocalDate referenceDate) {
        List<String> lines = new ArrayList<>();
        for (DateResolver.DateMention mention : dates.find(note, referenceDate)) {
            DateResolver.ResolvedDate date = mention.date();
            lines.add(mention.text() + "=" + (date.lunar()
                    ? date.isoValue() + "（农历，生日或纪念日写 " + date.recurringValue() + "）"
                    : date.isoValue()));
        }
        for (Amounts.AmountMention amount : Amounts.find(note)) {
            if (!amount.vague()) {
                lines.add(amount.text() + "=" + amount.yuan() + "元");
            }
        }
        return lines.isEmpty() ? "" : "\n已换算（直接使用，不要自己推算）：\n" + String.join("\n", lines);
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
