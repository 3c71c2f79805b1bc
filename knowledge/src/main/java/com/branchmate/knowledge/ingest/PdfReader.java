package com.branchmate.knowledge.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF: the text layer line by line in reading order. PDF has no paragraphs or tables, so each line becomes a line;
 * runs of at least two lines whose words sit in separate columns become table rows.
 */
final class PdfReader {

    /** A tab (from {@link ColumnAwareStripper}) or two or more spaces separate cells. */
    private static final Pattern CELL_GAP = Pattern.compile("\\s*\\t\\s*| {2,}");
    private static final Pattern WORD_TITLE_PREFIX = Pattern.compile("^Microsoft Word - ");
    private static final Pattern BULLET = Pattern.compile("^[•●▪■◆·]\\s*");

    private PdfReader() {
    }

    static ReadDocument read(byte[] content, int minCharactersPerPage) {
        String raw;
        String title;
        int pages;
        try (PDDocument document = Loader.loadPDF(content)) {
            pages = document.getNumberOfPages();
            PDFTextStripper stripper = new ColumnAwareStripper();
            stripper.setSortByPosition(true);
            raw = stripper.getText(document);
            title = document.getDocumentInformation().getTitle();
        } catch (InvalidPasswordException e) {
            throw UnreadableDocumentException.passwordProtectedPdf(e);
        } catch (Exception e) {
            // Not a PDF, truncated, or broken beyond what PDFBox repairs (it parses leniently and repairs a lot).
            throw UnreadableDocumentException.damaged("不是有效的 PDF 文件。", e);
        }
        String text = toMarkdown(raw);
        // Scanned pages have images and no text layer; a few characters (page numbers, a stamp) don't make it readable.
        if (LightMarkdown.visibleCharacters(text) < (long) minCharactersPerPage * Math.max(1, pages)) {
            throw UnreadableDocumentException.scannedPdf();
        }
        return new ReadDocument(cleanTitle(title), text);
    }

    /** Word's "print to PDF" stores titles like "Microsoft Word - 产品手册.docx". */
    private static String cleanTitle(String title) {
        if (title == null) {
            return null;
        }
        return WORD_TITLE_PREFIX.matcher(title.strip()).replaceFirst("").replaceFirst("(?i)\\.docx?$", "");
    }

    private static String toMarkdown(String raw) {
        LightMarkdown markdown = new LightMarkdown();
        List<List<String>> tableRows = new ArrayList<>();
        for (String line : LightMarkdown.normalize(raw).split("\n")) {
            List<String> cells = cells(line);
            if (cells.size() >= 2) {
                tableRows.add(cells);
                continue;
            }
            flush(tableRows, markdown);
            String bulletless = BULLET.matcher(line.strip()).replaceFirst("");
            if (bulletless.length() < line.strip().length()) {
                markdown.listItem(0, bulletless);
            } else {
                markdown.paragraph(line);
            }
        }
        flush(tableRows, markdown);
        return markdown.toString();
    }

    private static List<String> cells(String line) {
        if (line.isBlank()) {
            return List.of();
        }
        return Arrays.stream(CELL_GAP.split(line.strip())).filter(cell -> !cell.isBlank()).toList();
    }

    /** A single line with a wide gap (a header with a page number, a form) is text, not a table. */
    private static void flush(List<List<String>> rows, LightMarkdown markdown) {
        if (rows.size() >= 2) {
            markdown.table(rows);
        } else {
            rows.forEach(cells -> markdown.paragraph(String.join("  ", cells)));
        }
        rows.clear();
    }

    /**
     * Writes a tab where two words on a line are more than a character's width apart. PDFTextStripper itself only
     * ever writes one space there, so table columns would otherwise run together.
     */
    private static final class ColumnAwareStripper extends PDFTextStripper {

        private float lastEndX = Float.NaN;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (positions.isEmpty() || text.length() != positions.size()) {
                // Ligatures or right-to-left text: characters and positions don't line up, so write as is.
                noteEnd(positions);
                super.writeString(text, positions);
                return;
            }
            StringBuilder out = new StringBuilder(text.length() + 4);
            for (int i = 0; i < positions.size(); i++) {
                TextPosition position = positions.get(i);
                if (!Float.isNaN(lastEndX) && position.getXDirAdj() - lastEndX > columnGap(position)) {
                    out.append('\t');
                }
                out.append(text.charAt(i));
                lastEndX = position.getXDirAdj() + position.getWidthDirAdj();
            }
            super.writeString(out.toString(), positions);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            lastEndX = Float.NaN;
            super.startPage(page);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lastEndX = Float.NaN;
            super.writeLineSeparator();
        }

        private void noteEnd(List<TextPosition> positions) {
            if (!positions.isEmpty()) {
                TextPosition last = positions.get(positions.size() - 1);
                lastEndX = last.getXDirAdj() + last.getWidthDirAdj();
            }
        }

        /** About one em: wider than any word space, narrower than the padding between two table cells. */
        private static float columnGap(TextPosition position) {
            float fontSize = position.getFontSizeInPt();
            return fontSize > 1 ? fontSize : 4 * position.getWidthOfSpace();
        }
    }
}
