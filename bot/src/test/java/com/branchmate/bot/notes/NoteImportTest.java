package com.branchmate.bot.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.web.BadRequestException;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;

@BotTest
@Tag("persistence")
class NoteImportTest {

    @Autowired
    NoteImport noteImport;

    @Autowired
    MemberService members;

    @Autowired
    NoteService notes;

    @Autowired
    JdbcTemplate jdbc;

    private Member member;

    @BeforeEach
    void createMember() {
        member = members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("imp"), "导入", null,
                "default", null, null, null), "test");
    }

    @Test
    void csvRowsAreSavedAndBadRowsReportedAlone() {
        String csv = "日期,成员,内容\n"
                + "2026-03-01," + member.login() + ",\"拜访农行莲花支行，大堂经理苏晴生日2.14\"\n"
                + "2026-02-30," + member.login() + ",日期不对的一行\n"
                + "2026-03-02,nobody-here,成员不存在的一行\n"
                + "2026/3/3," + member.login() + ",😀😀\n"
                + "2026/3/4," + member.login() + ",第二条好的笔记\n";

        var report = noteImport.importFile(Caller.system(), "notes.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.saved()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(3);
        assertThat(report.results()).filteredOn(r -> !r.saved()).extracting(NoteImport.RowResult::row)
                .containsExactly(3, 4, 5);
        assertThat(report.results().get(1).error()).contains("日期");
        assertThat(jdbc.queryForList("select reference_date from visit_note where member_id = ? order by reference_date",
                LocalDate.class, member.id())).containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4));
    }

    @Test
    void gbkCsvFromExcelIsReadCorrectly() {
        String csv = "2026-03-05," + member.login() + ",招行梅林支行魏行长爱喝岩茶\n";

        var report = noteImport.importFile(Caller.system(), "excel.csv", csv.getBytes(Charset.forName("GBK")));

        assertThat(report.saved()).isEqualTo(1);
        assertThat(notes.visible(com.branchmate.bot.access.Caller.of(member), null, 10))
                .extracting(VisitNote::rawText).containsExactly("招行梅林支行魏行长爱喝岩茶");
    }

    @Test
    void xlsxRowsWithDateCellsAreImported() throws IOException {
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("笔记");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("日期");
            header.createCell(1).setCellValue("成员");
            header.createCell(2).setCellValue("内容");
            var row = sheet.createRow(1);
            var dateCell = row.createCell(0);
            dateCell.setCellValue(LocalDate.of(2026, 4, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            dateCell.setCellStyle(style);
            row.createCell(1).setCellValue(member.login());
            row.createCell(2).setCellValue("工行福田支行客户吕先生想加一份定期寿险");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        var report = noteImport.importFile(Caller.system(), "history.xlsx", xlsx);

        assertThat(report.saved()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select reference_date from visit_note where member_id = ?", LocalDate.class,
                member.id())).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aMemberCannotImportForSomeoneElse() {
        Member other = members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("other"), "别人",
                null, "default", null, null, null), "test");
        String csv = "2026-03-01," + other.login() + ",不该导入\n";

        var report = noteImport.importFile(Caller.of(member), "notes.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.saved()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from visit_note where member_id = ?", Integer.class, other.id()))
                .isZero();
    }

    @Test
    void otherFileTypesAreRefusedInChinese() {
        assertThatThrownBy(() -> noteImport.importFile(Caller.system(), "notes.pdf", new byte[] {1, 2}))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("CSV");
    }
}
