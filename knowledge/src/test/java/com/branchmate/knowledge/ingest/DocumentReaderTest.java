package com.branchmate.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import com.branchmate.knowledge.ingest.UnreadableDocumentException.Reason;

class DocumentReaderTest {

    private static final long TEN_MB = 10L * 1024 * 1024;
    private static final Charset GBK = Charset.forName("GBK");

    private final DocumentReader reader = new DocumentReader(TEN_MB);

    // --- txt and md ---

    @Test
    void gbkTextIsDecoded() {
        String text = "增额终身寿险适合有长期储蓄需求的客户，缴费期可选三年、五年或十年。";

        ReadDocument document = reader.read("话术.txt", text.getBytes(GBK));

        assertThat(document.text()).isEqualTo(text);
        assertThat(document.title()).isEqualTo("话术");
    }

    @Test
    void utf8TextIsDecodedWithAndWithoutBom() {
        String text = "年金险的领取方式：按年领取或按月领取，满期后一次性返还。";
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);

        assertThat(reader.read("a.txt", plain).text()).isEqualTo(text);
        assertThat(reader.read("a.txt", withBom).text()).isEqualTo(text);
    }

    @Test
    void utf16TextWithBomIsDecoded() {
        String text = "分红险的红利不保证，演示利益仅供参考，请向客户说明。";
        byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] bigEndian = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));

        assertThat(reader.read("a.txt", littleEndian).text()).isEqualTo(text);
        assertThat(reader.read("a.txt", bigEndian).text()).isEqualTo(text);
    }

    @Test
    void newlinesAreNormalizedTrailingSpacesTrimmedBlankRunsCollapsedAndControlCharactersDropped() {
        String text = "第一段：产品介绍和适合人群。  \r\n\r\n\r\n\r\n第二段：缴费方式和保障期限。\t\r第三段：退保\u0000规则。\f\n\n";

        ReadDocument document = reader.read("规则.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(document.text())
                .isEqualTo("第一段：产品介绍和适合人群。\n\n第二段：缴费方式和保障期限。\n第三段：退保规则。");
    }

    @Test
    void markdownIsKeptAndTitledByItsFirstHeading() {
        String markdown = """
                ```
                # not a heading inside a fence
                ```
                # 晨会话术汇编

                ## 开场
                - 问候网点主任
                | 产品 | 期限 |
                | --- | --- |
                | 鑫享年金 | 10年 |
                """;

        ReadDocument document = reader.read("notes.MARKDOWN", markdown.getBytes(StandardCharsets.UTF_8));

        assertThat(document.title()).isEqualTo("晨会话术汇编");
        assertThat(document.text()).isEqualTo(markdown.strip());
    }

    @Test
    void emptyTextFileHasNoText() {
        assertThatThrownBy(() -> reader.read("空.txt", new byte[0]))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_TEXT))
                .hasMessageStartingWith("文件是空的");
        assertThatThrownBy(() -> reader.read("空.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("文件是空的");
    }

    @Test
    void textShorterThanTwentyCharactersIsRejected() {
        byte[] nineteen = "一二三四五六七八九十一二三四五六七八九".getBytes(StandardCharsets.UTF_8);
        byte[] twenty = "一二三四五六七八九十一二三四五六七八九十".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("短.txt", nineteen))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_TEXT));
        assertThat(reader.read("短.txt", twenty).text()).hasSize(20);
    }

    // --- size, type, damage ---

    @Test
    void fileOverTheLimitIsTooLargeWithBothSizesInTheMessage() {
        byte[] content = new byte[(int) (12.3 * 1024 * 1024)];

        assertThatThrownBy(() -> reader.read("大.pdf", content))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessage("文件超过 10 MB 上限（这个文件 12.3 MB），请拆分后再上传。");
    }

    @Test
    void fileJustOverTheLimitNeverShowsTheLimitAsItsSize() {
        DocumentReader oneMb = new DocumentReader(1024 * 1024);

        assertThatThrownBy(() -> oneMb.read("a.txt", new byte[1024 * 1024 + 1]))
                .hasMessage("文件超过 1 MB 上限（这个文件 1.1 MB），请拆分后再上传。");
    }

    @Test
    void unknownExtensionIsUnsupported() {
        assertThatThrownBy(() -> reader.read("业绩.XLS", new byte[] {1, 2, 3}))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE))
                .hasMessage("不支持 .xls 文件，请上传 txt、md、docx、pdf 或 html。");
        assertThatThrownBy(() -> reader.read("README", new byte[] {1, 2, 3}))
                .hasMessage("不支持没有扩展名的文件，请上传 txt、md、docx、pdf 或 html。");
    }

    @Test
    void randomBytesAreDamagedDocxAndPdf() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        for (String name : new String[] {"手册.docx", "手册.pdf"}) {
            assertThatThrownBy(() -> reader.read(name, noise))
                    .as(name)
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                    .hasMessageStartingWith("文件打不开，可能已损坏：");
        }
    }

    @Test
    void tinyFilesAreDamagedNotCrashes() {
        for (String name : new String[] {"a.docx", "a.pdf"}) {
            assertThatThrownBy(() -> reader.read(name, new byte[] {0x50}))
                    .as(name)
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
        }
    }

    @Test
    void truncatedDocxIsDamaged() throws IOException {
        byte[] docx = docxWithHeadingsAndTable();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);

        assertThatThrownBy(() -> reader.read("手册.docx", truncated))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
    }

    @Test
    void oldWordFileRenamedToDocxAsksForDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
            ole2.writeFilesystem(out);
        }

        assertThatThrownBy(() -> reader.read("旧版.docx", out.toByteArray()))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("另存为 .docx");
    }

    // --- docx ---

    @Test
    void docxHeadingsComeFromStyleIdsAndStyleNames() throws IOException {
        ReadDocument document = reader.read("手册.docx", docxWithHeadingsAndTable());

        assertThat(document.text()).contains(
                "# 鑫享年金产品手册\n",        // style id "1" named "heading 1", as Chinese Word writes it
                "## 产品要素\n",               // style id "Heading2", not defined in styles.xml
                "### 缴费与领取\n",            // custom style named "标题 3"
                "\n这款产品适合有养老规划需求的客户。\n",
                "- 五年交\n  - 十年交");
        assertThat(document.title()).isEqualTo("鑫享年金产品手册");
    }

    @Test
    void docxTableBecomesMarkdownRowsInBodyOrder() throws IOException {
        ReadDocument document = reader.read("手册.docx", docxWithHeadingsAndTable());

        String text = document.text();
        assertThat(text).contains(
                "| 产品 | 期限 | 备注 |\n| --- | --- | --- |\n| 鑫享年金 | 10年 | 第一段 第二段 |\n| 合并单元格 |  | 末列 |");
        assertThat(text.indexOf("## 产品要素")).isLessThan(text.indexOf("| 产品 | 期限 |"));
        assertThat(text.indexOf("| 产品 | 期限 |")).isLessThan(text.indexOf("### 缴费与领取"));
    }

    @Test
    void docxCoreTitleWinsOverFirstHeading() throws IOException {
        XWPFDocument docx = new XWPFDocument();
        docx.getProperties().getCoreProperties().setTitle("2026 开门红方案");
        XWPFParagraph heading = docx.createParagraph();
        heading.setStyle("Heading1");
        heading.createRun().setText("第一章 总则");
        docx.createParagraph().createRun().setText("开门红期间每个网点每周至少拜访两次，重点推动年金和增额终身寿险。");

        ReadDocument document = reader.read("方案.docx", bytes(docx));

        assertThat(document.title()).isEqualTo("2026 开门红方案");
        assertThat(document.text()).startsWith("# 第一章 总则\n");
    }

    @Test
    void docxWithoutTextHasNoText() throws IOException {
        XWPFDocument docx = new XWPFDocument();
        docx.createParagraph().createRun().setText("   ");

        assertThatThrownBy(() -> reader.read("空白.docx", bytes(docx)))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_TEXT));
    }

    // --- pdf ---

    @Test
    void pdfKeepsLinesAndTurnsColumnsIntoTableRows() throws IOException {
        byte[] pdf = pdf(document -> {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                write(content, 72, 760, "Xinxiang annuity product sheet");
                write(content, 72, 740, "Suitable for customers planning for retirement income.");
                write(content, 72, 700, "Product");
                write(content, 250, 700, "Term");
                write(content, 400, 700, "Rate");
                write(content, 72, 685, "Xinxiang");
                write(content, 250, 685, "10 years");
                write(content, 400, 685, "2.5%");
                write(content, 72, 650, "\u2022 Premiums are paid yearly.");
            }
            document.getDocumentInformation().setTitle("Microsoft Word - Xinxiang sheet.docx");
        });

        ReadDocument document = reader.read("sheet.pdf", pdf);

        assertThat(document.text()).isEqualTo("""
                Xinxiang annuity product sheet
                Suitable for customers planning for retirement income.

                | Product | Term | Rate |
                | --- | --- | --- |
                | Xinxiang | 10 years | 2.5% |

                - Premiums are paid yearly.""");
        assertThat(document.title()).isEqualTo("Xinxiang sheet");
    }

    @Test
    void pdfWithoutTitleIsNamedAfterTheFile() throws IOException {
        byte[] pdf = pdf(document -> {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                write(content, 72, 760, "Morning huddle checklist for the branch team, week 12.");
            }
        });

        assertThat(reader.read("C:\\fakepath\\晨会清单.PDF", pdf).title()).isEqualTo("晨会清单");
    }

    @Test
    void scannedPdfHasNoText() throws IOException {
        byte[] pdf = pdf(document -> {
            for (int i = 0; i < 2; i++) {
                document.addPage(scannedPage(document));
            }
        });

        assertThatThrownBy(() -> reader.read("扫描件.pdf", pdf))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_TEXT))
                .hasMessage("这个 PDF 几乎没有可提取的文字，可能是扫描件。请上传文字版，或先做文字识别（OCR）。");
    }

    @Test
    void pdfWithTooLittleTextPerPageIsTreatedAsScanned() throws IOException {
        // 46 characters overall is enough for one page, not for three.
        byte[] pdf = pdf(document -> {
            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(document, first)) {
                write(content, 72, 760, "Stamped copy of the signed branch agreement.");
            }
            document.addPage(scannedPage(document));
            document.addPage(scannedPage(document));
        });

        assertThatThrownBy(() -> reader.read("协议.pdf", pdf))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_TEXT));
    }

    // --- html ---

    @Test
    void htmlKeepsHeadingsListsAndTablesAndDropsPageChrome() {
        String html = """
                <!DOCTYPE html>
                <html><head><title>理财到期话术</title>
                <style>body { color: red }</style><script>var tracking = "不要索引";</script></head>
                <body>
                <header>网站导航栏</header>
                <nav><a href="/">首页</a></nav>
                <article>
                  <header><h1>理财到期客户怎么谈</h1></header>
                  <p>理财到期前一周联系客户，<b>先问</b>资金用途。</p>
                  <h2>常见产品</h2>
                  <table>
                    <tr><th>产品</th><th>期限</th></tr>
                    <tr><td>鑫享年金</td><td>10年</td></tr>
                    <tr><td colspan="2">以上仅供内部培训</td></tr>
                  </table>
                  <h4>注意事项</h4>
                  <ul><li>不承诺收益</li><li>录音录像<ul><li>双录</li></ul></li></ul>
                </article>
                <footer>版权所有</footer>
                </body></html>
                """;

        ReadDocument document = reader.read("talk.HTM", html.getBytes(StandardCharsets.UTF_8));

        assertThat(document.title()).isEqualTo("理财到期话术");
        assertThat(document.text()).isEqualTo("""
                # 理财到期客户怎么谈
                理财到期前一周联系客户，先问资金用途。

                ## 常见产品

                | 产品 | 期限 |
                | --- | --- |
                | 鑫享年金 | 10年 |
                | 以上仅供内部培训 |  |

                ### 注意事项
                - 不承诺收益
                - 录音录像
                  - 双录""");
    }

    @Test
    void htmlWithoutTitleTagIsTitledByItsFirstH1() {
        String html = "<html><body><h1>网点拜访流程</h1><p>到网点先见主任，再见理财经理，最后整理拜访记录。</p></body></html>";

        assertThat(reader.read("visit.html", html.getBytes(StandardCharsets.UTF_8)).title()).isEqualTo("网点拜访流程");
    }

    @Test
    void htmlCodeSampleIsFencedSoItsCommentsAreNotHeadings() {
        String html = "<p>在服务器上运行下面的命令，重建知识库索引：</p><pre># rebuild\n./mvnw -pl bot test\n</pre>";

        assertThat(reader.read("ops.html", html.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("在服务器上运行下面的命令，重建知识库索引：\n```\n# rebuild\n./mvnw -pl bot test\n```");
    }

    @Test
    void deeplyNestedHtmlIsReadWithoutOverflowingTheStack() {
        String html = "<div>".repeat(200_000) + "<p>嵌套很深的页面也要能读出这一段文字，不能让线程栈溢出。</p>";

        assertThat(reader.read("deep.html", html.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("嵌套很深的页面也要能读出这一段文字，不能让线程栈溢出。");
    }

    @Test
    void gbkHtmlIsDecodedWithOrWithoutMetaCharset() {
        String body = "<p>客户经理每天晨会前整理昨日拜访记录，并更新客户跟进计划。</p>";
        byte[] declared = ("<html><head><meta charset=\"gb2312\"></head><body>" + body + "</body></html>").getBytes(GBK);
        byte[] undeclared = ("<html><body>" + body + "</body></html>").getBytes(GBK);

        assertThat(reader.read("a.html", declared).text()).isEqualTo("客户经理每天晨会前整理昨日拜访记录，并更新客户跟进计划。");
        assertThat(reader.read("a.html", undeclared).text()).isEqualTo("客户经理每天晨会前整理昨日拜访记录，并更新客户跟进计划。");
    }

    // --- builders ---

    /**
     * Headings three ways: a defined style with id "1" and name "heading 1" (Chinese Word), an undefined style id
     * "Heading2", and a custom style named "标题 3". Then a table with a two-paragraph cell and a merged cell.
     */
    private static byte[] docxWithHeadingsAndTable() throws IOException {
        XWPFDocument docx = new XWPFDocument();
        XWPFStyles styles = docx.createStyles();
        styles.addStyle(paragraphStyle("1", "heading 1"));
        styles.addStyle(paragraphStyle("a3", "标题 3"));

        paragraph(docx, "1", "鑫享年金产品手册");
        paragraph(docx, null, "这款产品适合有养老规划需求的客户。");
        paragraph(docx, "Heading2", "产品要素");

        XWPFTable table = docx.createTable(3, 3);
        setCells(table.getRow(0), "产品", "期限", "备注");
        setCells(table.getRow(1), "鑫享年金", "10年", "第一段");
        table.getRow(1).getCell(2).addParagraph().createRun().setText("第二段");
        XWPFTableRow merged = table.getRow(2);
        merged.removeCell(1);
        merged.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        setCells(merged, "合并单元格", "末列");

        paragraph(docx, "a3", "缴费与领取");
        XWPFParagraph item = paragraph(docx, null, "五年交");
        item.setNumID(BigInteger.ONE);
        XWPFParagraph nested = paragraph(docx, null, "十年交");
        nested.setNumID(BigInteger.ONE);
        nested.setNumILvl(BigInteger.ONE);
        return bytes(docx);
    }

    private static XWPFStyle paragraphStyle(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        return new XWPFStyle(style);
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String styleId, String text) {
        XWPFParagraph paragraph = docx.createParagraph();
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static void setCells(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }

    private static byte[] bytes(XWPFDocument docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (docx) {
            docx.write(out);
        }
        return out.toByteArray();
    }

    private interface PdfContent {
        void addTo(PDDocument document) throws IOException;
    }

    private static byte[] pdf(PdfContent pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            pages.addTo(document);
            document.save(out);
        }
        return out.toByteArray();
    }

    private static void write(PDPageContentStream content, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A page as a scanner makes it: one image and a frame, no text layer. */
    private static PDPage scannedPage(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scan.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 200, 280);
        graphics.setColor(Color.BLACK);
        graphics.drawString("scanned", 20, 40); // pixels only, not text
        graphics.dispose();
        PDImageXObject image = LosslessFactory.createFromImage(document, scan);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, 50, 50, 495, 742);
            content.addRect(40, 40, 515, 762);
            content.stroke();
        }
        return page;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
