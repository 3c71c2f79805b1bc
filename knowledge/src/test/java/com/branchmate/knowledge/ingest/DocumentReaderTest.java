package com.branchmate.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader(1 << 20);

    @Test
    void gbkAndUtf8TextAreBothReadCorrectly() {
        String text = "网点负责人每周沟通一次，时长一小时左右。";

        assertThat(reader.read("a.txt", text.getBytes(Charset.forName("GBK"))).text()).isEqualTo(text);
        assertThat(reader.read("b.txt", text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("c.TXT", withBom).text()).isEqualTo(text);
        assertThat(reader.read("c.TXT", withBom).title()).isEqualTo("c");
    }

    @Test
    void markdownTitleIsItsFirstHeading() {
        ReadDocument read = reader.read("x.md", "# 晨会手册\n\n\n## 流程\n晨会十五分钟，讲目标和技巧。".getBytes(StandardCharsets.UTF_8));

        assertThat(read.title()).isEqualTo("晨会手册");
        assertThat(read.text()).isEqualTo("# 晨会手册\n\n## 流程\n晨会十五分钟，讲目标和技巧。");
    }

    @Test
    void docxHeadingsListsAndTablesBecomeMarkdown() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var heading = document.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("产品到期提醒");
            document.createParagraph().createRun().setText("到期前三十天联系客户，说明续存和转化的选择。");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("产品");
            table.getRow(0).getCell(1).setText("期限");
            table.getRow(1).getCell(0).setText("年金险");
            table.getRow(1).getCell(1).setText("十年");
            document.write(out);
            docx = out.toByteArray();
        }

        ReadDocument read = reader.read("提醒.docx", docx);

        assertThat(read.title()).isEqualTo("产品到期提醒");
        assertThat(read.text()).startsWith("# 产品到期提醒\n到期前三十天联系客户")
                .contains("| 产品 | 期限 |\n| --- | --- |\n| 年金险 | 十年 |");
    }

    @Test
    void htmlDropsNavigationAndKeepsTables() {
        String html = """
                <html><head><title>沙龙指南</title><script>var x = 1;</script></head>
                <body><nav>首页 | 关于</nav><h2>准备</h2><p>提前一周邀约客户。</p>
                <ul><li>确认场地</li><li>准备茶歇</li></ul>
                <table><tr><th>时间</th><th>内容</th></tr><tr><td>10:00</td><td>开场</td></tr></table></body></html>
                """;

        ReadDocument read = reader.read("salon.HTML", html.getBytes(StandardCharsets.UTF_8));

        assertThat(read.title()).isEqualTo("沙龙指南");
        assertThat(read.text()).doesNotContain("首页").doesNotContain("var x")
                .contains("## 准备\n提前一周邀约客户。\n- 确认场地\n- 准备茶歇")
                .contains("| 时间 | 内容 |\n| --- | --- |\n| 10:00 | 开场 |");
    }

    @Test
    void pdfTextIsReadAndAScannedPdfIsRefused() throws IOException {
        byte[] text = pdf(true);
        byte[] scanned = pdf(false);

        assertThat(reader.read("guide.pdf", text).text()).contains("Visit the branch head every week");
        assertThatThrownBy(() -> reader.read("scan.pdf", scanned))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.NO_TEXT))
                .hasMessageContaining("扫描件");
    }

    @Test
    void tooLargeUnsupportedAndDamagedFilesAreRefusedWithAReason() {
        DocumentReader small = new DocumentReader(100);

        assertThatThrownBy(() -> small.read("big.txt", new byte[2 * 1024 * 1024 / 10]))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE))
                .hasMessageContaining("MB");
        assertThatThrownBy(() -> reader.read("list.xls", new byte[] {1, 2}))
                .hasMessageContaining(".xls").isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.UNSUPPORTED_TYPE));
        for (String name : new String[] {"broken.docx", "broken.pdf"}) {
            assertThatThrownBy(() -> reader.read(name, "not really a document at all".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.DAMAGED));
        }
        assertThatThrownBy(() -> reader.read("empty.txt", " \n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.NO_TEXT));
    }

    /** Two pages, with a line of text each or with only a drawn rectangle (what a scan looks like to a text reader). */
    private static byte[] pdf(boolean withText) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int page = 0; page < 2; page++) {
                PDPage pdfPage = new PDPage();
                document.addPage(pdfPage);
                try (var content = new PDPageContentStream(document, pdfPage)) {
                    if (withText) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                        content.newLineAtOffset(50, 700);
                        content.showText("Visit the branch head every week for one hour, page " + page);
                        content.endText();
                    } else {
                        content.addRect(50, 50, 400, 600);
                        content.fill();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
