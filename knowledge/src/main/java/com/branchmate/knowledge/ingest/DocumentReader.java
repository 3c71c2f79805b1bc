package com.branchmate.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads txt, md, docx, pdf and html into light Markdown: headings as #, list items as -, tables as | rows |, so the
 * chunker sees the structure and a table's content is never dropped. A file too large, of another type, damaged, or
 * with almost no text (a scanned PDF) is refused with a Chinese message for the uploader.
 */
public final class DocumentReader {

    /** Fewer non-blank characters than these (overall; per page of a PDF) mean there is no text to index. */
    private static final int MIN_CHARACTERS = 10;
    private static final int MIN_CHARACTERS_PER_PDF_PAGE = 20;

    private final long maxBytes;

    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ReadDocument read(String fileName, byte[] content) {
        if (content.length > maxBytes) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                    "文件超过 %s 上限（这个文件 %s），请拆分后再上传。".formatted(megabytes(maxBytes), megabytes(content.length)));
        }
        String extension = extension(fileName);
        String fallbackTitle = fileName.replaceFirst("^.*[/\\\\]", "").replaceFirst("\\.[^.]*$", "");
        ReadDocument read;
        try {
            read = switch (extension) {
                case "txt", "text" -> new ReadDocument(fallbackTitle, TextDecoding.decode(content));
                case "md", "markdown" -> markdown(TextDecoding.decode(content), fallbackTitle);
                case "html", "htm" -> html(TextDecoding.decode(content), fallbackTitle);
                case "docx" -> docx(content, fallbackTitle);
                case "pdf" -> pdf(content, fallbackTitle);
                default -> throw new UnreadableDocumentException(UnreadableDocumentException.Reason.UNSUPPORTED_TYPE,
                        "不支持" + (extension.isEmpty() ? "没有扩展名的" : " ." + extension + " ")
                                + "文件，请上传 txt、md、docx、pdf 或 html。");
            };
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.DAMAGED,
                    "文件打不开，可能已损坏或不是真正的 ." + extension + " 文件。");
        }
        String text = tidy(read.text());
        if (nonBlank(text) < MIN_CHARACTERS) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT,
                    "文件里几乎没有文字（不到 " + MIN_CHARACTERS + " 个字），没有加入知识库。");
        }
        String title = read.title() == null || read.title().isBlank() ? fallbackTitle : read.title().strip();
        return new ReadDocument(title, text);
    }

    private static ReadDocument markdown(String text, String fallbackTitle) {
        String title = text.lines().map(String::strip).filter(l -> l.startsWith("# ")).findFirst()
                .map(l -> l.substring(2).strip()).orElse(fallbackTitle);
        return new ReadDocument(title, text);
    }

    private static ReadDocument html(String source, String fallbackTitle) {
        var document = Jsoup.parse(source);
        document.select("script, style, nav, header, footer, noscript").remove();
        String title = document.title().isBlank()
                ? document.select("h1").stream().map(Element::text).findFirst().orElse(fallbackTitle)
                : document.title();
        List<String> lines = new ArrayList<>();
        htmlBlock(document.body(), lines);
        return new ReadDocument(title, String.join("\n", lines));
    }

    private static void htmlBlock(Element element, List<String> lines) {
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                inline.append(text.text());
                continue;
            }
            if (!(child instanceof Element e)) {
                continue;
            }
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if (!e.isBlock() && !tag.equals("table") && !tag.equals("br")) {
                inline.append(e.text());
                continue;
            }
            flush(inline, lines);
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" ->
                        lines.add("#".repeat(Math.min(3, tag.charAt(1) - '0')) + " " + e.text());
                case "li" -> lines.add("- " + e.text());
                case "p", "pre", "blockquote", "dt", "dd" -> lines.add(e.text());
                case "table" -> {
                    List<List<String>> rows = new ArrayList<>();
                    for (Element row : e.select("tr")) {
                        rows.add(row.select("th, td").stream().map(Element::text).toList());
                    }
                    lines.addAll(tableRows(rows));
                }
                case "br" -> {
                }
                default -> htmlBlock(e, lines);
            }
        }
        flush(inline, lines);
    }

    private static void flush(StringBuilder inline, List<String> lines) {
        if (!inline.toString().isBlank()) {
            lines.add(inline.toString().strip());
        }
        inline.setLength(0);
    }

    private static ReadDocument docx(byte[] content, String fallbackTitle) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> lines = new ArrayList<>();
            String firstHeading = null;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String text = paragraph.getText().strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    int level = headingLevel(document, paragraph);
                    if (level > 0) {
                        lines.add("#".repeat(level) + " " + text);
                        firstHeading = firstHeading == null ? text : firstHeading;
                    } else if (paragraph.getNumID() != null) {
                        lines.add("- " + text);
                    } else {
                        lines.add(text);
                    }
                } else if (element instanceof XWPFTable table) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow row : table.getRows()) {
                        rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList());
                    }
                    lines.addAll(tableRows(rows));
                }
            }
            String title = document.getProperties().getCoreProperties().getTitle();
            return new ReadDocument(title != null && !title.isBlank() ? title
                    : firstHeading != null ? firstHeading : fallbackTitle, String.join("\n", lines));
        }
    }

    /** Heading 1 to 3 from the paragraph's style, by id (Heading1) or name (heading 1, 标题 1); deeper counts as 3. */
    private static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String style = paragraph.getStyleID();
        if (style == null) {
            return 0;
        }
        String name = style;
        if (document.getStyles() != null) {
            XWPFStyle defined = document.getStyles().getStyle(style);
            if (defined != null && defined.getName() != null) {
                name = defined.getName();
            }
        }
        for (String candidate : List.of(name, style)) {
            String s = candidate.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.equals("title") || s.equals("标题")) {
                return 1;
            }
            if (s.startsWith("heading") || s.startsWith("标题")) {
                String digits = s.replaceAll("\\D", "");
                if (!digits.isEmpty()) {
                    return Math.max(1, Math.min(3, Integer.parseInt(digits)));
                }
            }
        }
        return 0;
    }

    private static ReadDocument pdf(byte[] content, String fallbackTitle) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            int pages = Math.max(1, document.getNumberOfPages());
            if (nonBlank(text) < MIN_CHARACTERS_PER_PDF_PAGE * pages) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT,
                        "这个 PDF 几乎没有可提取的文字，可能是扫描件。请上传文字版，或先做文字识别（OCR）再上传。");
            }
            // A PDF has no tables, only positioned text: a line of cells set apart by wide gaps becomes a row.
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                String[] cells = line.strip().split("\\s{3,}|\\t+");
                lines.add(cells.length >= 2 ? "| " + String.join(" | ", cells) + " |" : line);
            }
            String title = document.getDocumentInformation() == null ? null : document.getDocumentInformation().getTitle();
            return new ReadDocument(title, String.join("\n", lines));
        }
    }

    /** Markdown rows; the first row is the header. Cells keep their text, with | escaped and line breaks as spaces. */
    private static List<String> tableRows(List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).stream()
                    .map(c -> c.replace("|", "\\|").replaceAll("\\s*\\n\\s*", " ").strip()).toList();
            lines.add("| " + String.join(" | ", cells) + " |");
            if (r == 0) {
                lines.add("|" + " --- |".repeat(Math.max(1, cells.size())));
            }
        }
        return lines;
    }

    private static String tidy(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : normalized.split("\n")) {
            String stripped = line.stripTrailing();
            if (stripped.isBlank()) {
                if (!blank && !out.isEmpty()) {
                    out.append('\n');
                }
                blank = true;
                continue;
            }
            blank = false;
            out.append(stripped).append('\n');
        }
        return out.toString().strip();
    }

    private static int nonBlank(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
