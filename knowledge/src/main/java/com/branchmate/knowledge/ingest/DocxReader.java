package com.branchmate.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/** Word (.docx): paragraphs and tables in body order, headings from paragraph styles. */
final class DocxReader {

    /**
     * Heading styles by id or name. Word writes the id "Heading1" and the name "heading 1" in English documents;
     * Chinese Word and WPS often use ids like "1" or "2" with the name "heading 1", and custom styles may be named
     * "标题 1". "Title" / "标题" (the document title style) counts as level 1.
     */
    private static final Pattern HEADING = Pattern.compile("(?i)(?:heading|标题)\\s*([1-9])");
    private static final Pattern TITLE = Pattern.compile("(?i)title|标题");

    private DocxReader() {
    }

    static ReadDocument read(byte[] content) {
        if (isOle2(content)) {
            // Old .doc files and password-protected .docx files are OLE2 containers, not zips.
            throw UnreadableDocumentException.legacyOrEncryptedWord();
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            LightMarkdown markdown = new LightMarkdown();
            String firstHeading = null;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String heading = appendParagraph(document, paragraph, markdown);
                    if (firstHeading == null && heading != null) {
                        firstHeading = heading;
                    }
                } else if (element instanceof XWPFTable table) {
                    markdown.table(rows(table));
                } else if (element instanceof XWPFSDT contentControl) {
                    // Content controls (a table of contents, form fields) only expose their text.
                    markdown.paragraph(contentControl.getContent().getText());
                }
            }
            String coreTitle = document.getProperties().getCoreProperties().getTitle();
            String title = coreTitle != null && !coreTitle.isBlank() ? coreTitle : firstHeading;
            return new ReadDocument(title, markdown.toString());
        } catch (Exception e) {
            // POI reports a bad zip, a missing part or broken XML with many exception types, checked and not.
            throw UnreadableDocumentException.damaged("不是有效的 Word（docx）文件。", e);
        }
    }

    private static boolean isOle2(byte[] content) {
        try {
            return FileMagic.valueOf(content) == FileMagic.OLE2;
        } catch (RuntimeException e) {
            return false; // let the zip reader report what is wrong
        }
    }

    /** Appends the paragraph and returns its text when it is a heading. */
    private static String appendParagraph(XWPFDocument document, XWPFParagraph paragraph, LightMarkdown markdown) {
        String text = paragraph.getText();
        int level = headingLevel(document, paragraph.getStyleID());
        if (level > 0) {
            markdown.heading(level, text);
            String heading = LightMarkdown.oneLine(text);
            return heading.isEmpty() ? null : heading;
        }
        if (paragraph.getNumID() != null) {
            int depth = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
            markdown.listItem(depth, text);
        } else {
            markdown.paragraph(text);
        }
        return null;
    }

    /** 1..9 for a heading style, 0 for anything else. Looks at the style id first, then at the style's name. */
    private static int headingLevel(XWPFDocument document, String styleId) {
        if (styleId == null) {
            return 0;
        }
        int level = headingLevel(styleId);
        if (level == 0 && document.getStyles() != null) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style != null && style.getName() != null) {
                level = headingLevel(style.getName());
            }
        }
        return level;
    }

    private static int headingLevel(String styleIdOrName) {
        String name = styleIdOrName.strip();
        Matcher heading = HEADING.matcher(name);
        if (heading.matches()) {
            return Integer.parseInt(heading.group(1));
        }
        return TITLE.matcher(name).matches() ? 1 : 0;
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cellText(cell));
                // A cell merged across columns is followed by empty cells, so later columns stay aligned.
                for (int i = 1; i < gridSpan(cell); i++) {
                    cells.add("");
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * The cell's paragraphs and nested tables joined with spaces. XWPFTableCell.getText() glues paragraphs together
     * without a separator and leaves nested tables out.
     */
    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(paragraph.getText());
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell nestedCell : row.getTableCells()) {
                        parts.add(cellText(nestedCell));
                    }
                }
            }
        }
        return LightMarkdown.oneLine(String.join(" ", parts));
    }

    private static int gridSpan(XWPFTableCell cell) {
        // Read through CTTc: XWPFTableCell.getTcPr() would add an empty tcPr to the document as a side effect.
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, properties.getGridSpan().getVal().intValue());
    }
}
