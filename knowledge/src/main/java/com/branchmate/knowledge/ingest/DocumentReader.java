package com.branchmate.knowledge.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * Reads an uploaded file into a title and light Markdown text for indexing. Every failure becomes an
 * {@link UnreadableDocumentException} with a Chinese message for the uploader; library exceptions never escape.
 */
public final class DocumentReader {

    /** Fewer characters than this (per page, for PDF) is not worth indexing: an empty file or a scan. */
    static final int MIN_CHARACTERS = 20;

    private enum Format { TEXT, MARKDOWN, DOCX, PDF, HTML }

    private final long maxBytes;

    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads txt, md, docx, pdf and html (by file extension, case-insensitive; .htm too; .markdown too). */
    public ReadDocument read(String fileName, byte[] content) throws UnreadableDocumentException {
        Objects.requireNonNull(content, "content");
        String name = baseName(fileName);
        String extension = extension(name);
        Format format = format(extension);
        if (format == null) {
            throw UnreadableDocumentException.unsupportedType(extension);
        }
        if (content.length > maxBytes) {
            throw UnreadableDocumentException.tooLarge(maxBytes, content.length);
        }
        if (content.length == 0) {
            throw UnreadableDocumentException.empty();
        }
        ReadDocument read = switch (format) {
            case TEXT -> new ReadDocument(null, TextDecoding.decode(content));
            case MARKDOWN -> markdown(TextDecoding.decode(content));
            case DOCX -> DocxReader.read(content);
            case PDF -> PdfReader.read(content, MIN_CHARACTERS);
            case HTML -> HtmlReader.read(content);
        };
        String text = LightMarkdown.normalize(read.text());
        if (text.isEmpty() && (format == Format.TEXT || format == Format.MARKDOWN)) {
            throw UnreadableDocumentException.empty();
        }
        if (LightMarkdown.visibleCharacters(text) < MIN_CHARACTERS) {
            throw UnreadableDocumentException.noText();
        }
        String title = read.title() == null || read.title().isBlank() ? stem(name) : LightMarkdown.oneLine(read.title());
        return new ReadDocument(title, text);
    }

    /** Markdown is already what we want; only the first "# " heading is needed, outside code fences. */
    private static ReadDocument markdown(String text) {
        boolean inFence = false;
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence && line.startsWith("# ")) {
                return new ReadDocument(line.substring(2).strip(), text);
            }
        }
        return new ReadDocument(null, text);
    }

    private static Format format(String extension) {
        return switch (extension) {
            case "txt", "text" -> Format.TEXT;
            case "md", "markdown" -> Format.MARKDOWN;
            case "docx" -> Format.DOCX;
            case "pdf" -> Format.PDF;
            case "html", "htm" -> Format.HTML;
            default -> null;
        };
    }

    /** Browsers on Windows may send "C:\fakepath\x.docx"; only the last segment is the name. */
    private static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        return stem.isBlank() ? name : stem.strip();
    }
}
