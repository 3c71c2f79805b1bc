package com.branchmate.knowledge.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** HTML pages saved from an intranet or a browser: the body's text, with headings, lists and tables kept. */
final class HtmlReader {

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Pattern HEADING_TAG = Pattern.compile("h([1-6])");

    private HtmlReader() {
    }

    static ReadDocument read(byte[] content) {
        // The bytes decide first (BOM, valid UTF-8); a declared charset only replaces the GB18030 guess.
        Document page = Jsoup.parse(TextDecoding.decode(content, declaredCharset(content)));
        page.select("script, style, nav, noscript, template").remove();
        for (Element element : page.select("header, footer")) {
            // Site banners and footers go; an article's own header holds its title, so it stays.
            if (element.parent() == null || element.parent().closest("article, main") == null) {
                element.remove();
            }
        }
        String title = page.title();
        if (title.isBlank()) {
            Element h1 = page.selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }
        Walker walker = new Walker();
        walker.visit(page.body());
        walker.endLine();
        return new ReadDocument(title, walker.markdown.toString());
    }

    /** The charset named in a meta tag, read from the first bytes as ASCII; GB18030 when none or unknown. */
    private static Charset declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (matcher.find()) {
            String name = matcher.group(1).toLowerCase();
            if (name.equals("gb2312") || name.equals("gbk")) {
                // Pages labelled gb2312 routinely use characters that only GBK / GB18030 have.
                return TextDecoding.GB18030;
            }
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                // Unknown or misspelt name: fall through to the usual guess.
            }
        }
        return TextDecoding.GB18030;
    }

    /** Walks the body once, collecting inline text into lines and handing blocks to {@link LightMarkdown}. */
    private static final class Walker {

        final LightMarkdown markdown = new LightMarkdown();
        private final StringBuilder line = new StringBuilder();
        private int listDepth = -1;
        /** Depth of the list item whose first line is being collected, or -1. */
        private int itemDepth = -1;

        void visit(Node node) {
            if (node instanceof TextNode text) {
                line.append(text.getWholeText());
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            Matcher heading = HEADING_TAG.matcher(tag);
            if (heading.matches()) {
                endLine();
                markdown.heading(Integer.parseInt(heading.group(1)), element.text());
                return;
            }
            switch (tag) {
                case "br" -> endLine();
                case "table" -> {
                    endLine();
                    table(element);
                }
                case "pre" -> {
                    // Fenced, so a "# comment" in a code sample isn't taken for a heading.
                    endLine();
                    markdown.paragraph("```\n" + element.wholeText().stripTrailing() + "\n```");
                }
                case "ul", "ol" -> {
                    endLine();
                    listDepth++;
                    visitChildren(element);
                    endLine();
                    listDepth--;
                }
                case "li" -> {
                    endLine();
                    itemDepth = Math.max(0, listDepth);
                    visitChildren(element);
                    endLine();
                    itemDepth = -1;
                }
                default -> {
                    boolean block = element.isBlock();
                    if (block) {
                        endLine();
                    }
                    visitChildren(element);
                    if (block) {
                        endLine();
                    }
                }
            }
        }

        private void visitChildren(Element element) {
            for (Node child : element.childNodes()) {
                visit(child);
            }
        }

        void endLine() {
            String text = LightMarkdown.oneLine(line.toString());
            line.setLength(0);
            if (text.isEmpty()) {
                return;
            }
            if (itemDepth >= 0) {
                markdown.listItem(itemDepth, text);
                itemDepth = -1; // a second paragraph in the same item is a plain line
            } else {
                markdown.paragraph(text);
            }
        }

        private void table(Element table) {
            for (Element child : table.children()) {
                if (child.normalName().equals("caption")) {
                    markdown.paragraph(child.text());
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (Element row : table.select("tr")) {
                if (row.closest("table") != table) {
                    continue; // a nested table's rows are already in its cell's text
                }
                List<String> cells = new ArrayList<>();
                for (Element cell : row.children()) {
                    if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                        continue;
                    }
                    cells.add(cell.text());
                    for (int i = 1; i < colspan(cell); i++) {
                        cells.add("");
                    }
                }
                rows.add(cells);
            }
            markdown.table(rows);
        }

        private static int colspan(Element cell) {
            try {
                return Math.max(1, Math.min(Integer.parseInt(cell.attr("colspan").strip()), 100));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
