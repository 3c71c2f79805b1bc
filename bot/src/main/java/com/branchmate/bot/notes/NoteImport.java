package com.branchmate.bot.notes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.web.BadRequestException;

/**
 * Imports historical visit notes from CSV or XLSX (columns: date, member, text). Each row is saved in its own
 * transaction, so a bad row fails alone and is reported; nothing of it is half-saved.
 */
@Service
public class NoteImport {

    static final int MAX_ROWS = 5_000;

    /** Strict, so 2月30日 is an error rather than quietly 2月28日. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日")
            .stream().map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();

    private final NoteService notes;
    private final MemberService members;
    private final AuditLog audit;

    NoteImport(NoteService notes, MemberService members, AuditLog audit) {
        this.notes = notes;
        this.members = members;
        this.audit = audit;
    }

    public record RowResult(int row, boolean saved, Long noteId, String error) {
    }

    public record ImportReport(int rows, int saved, int failed, List<RowResult> results) {
    }

    private record ImportRow(int row, String date, String member, String text) {
    }

    public ImportReport importFile(Caller caller, String fileName, byte[] content) {
        List<ImportRow> rows = read(fileName, content);
        if (rows.size() > MAX_ROWS) {
            throw new BadRequestException("file", "一次最多导入 " + MAX_ROWS + " 行，请分批导入。");
        }
        List<RowResult> results = new ArrayList<>();
        for (ImportRow row : rows) {
            results.add(importRow(caller, row));
        }
        int saved = (int) results.stream().filter(RowResult::saved).count();
        audit.record(caller, "NOTE_IMPORT", "note", null, "api",
                fileName + "：导入 " + saved + " 条，失败 " + (results.size() - saved) + " 条");
        return new ImportReport(results.size(), saved, results.size() - saved, results);
    }

    private RowResult importRow(Caller caller, ImportRow row) {
        Optional<LocalDate> date = parseDate(row.date());
        if (date.isEmpty()) {
            return new RowResult(row.row(), false, null, "日期无法识别：" + row.date());
        }
        Optional<Member> member = members.findBySender("web", row.member() == null ? "" : row.member().strip())
                .filter(caller::mayActFor);
        if (member.isEmpty()) {
            return new RowResult(row.row(), false, null, "没有这个成员，或你无权为其导入：" + row.member());
        }
        try {
            var saved = notes.save(new NoteService.NewNote(member.get(), row.text(), date.get(), "import", null));
            return new RowResult(row.row(), true, saved.note().id(), null);
        } catch (BadRequestException e) {
            return new RowResult(row.row(), false, null, e.getMessage());
        } catch (PersonChoiceNeeded e) {
            return new RowResult(row.row(), false, null, "「" + e.mention() + "」对应多位已知人员，请在笔记里写全名后再导入这一行");
        }
    }

    private static List<ImportRow> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                return readWorkbook(content);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return readCsv(content);
            }
        } catch (IOException | RuntimeException e) {
            throw new BadRequestException("file", "文件读不出来，请确认是 CSV 或 XLSX 格式。");
        }
        throw new BadRequestException("file", "只支持 CSV 或 XLSX 文件（列：日期、成员、笔记内容）。");
    }

    private static List<ImportRow> readCsv(byte[] content) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), charsetOf(content))) {
            int number = 0;
            for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                number++;
                if (record.size() == 0 || record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                String first = stripBom(record.get(0));
                if (number == 1 && isHeader(first)) {
                    continue;
                }
                rows.add(new ImportRow(number, first, cell(record, 1), cell(record, 2)));
            }
        }
        return rows;
    }

    private static List<ImportRow> readWorkbook(byte[] content) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                String date = dateCell(row.getCell(0), formatter);
                if (row.getRowNum() == 0 && isHeader(date)) {
                    continue;
                }
                String member = row.getCell(1) == null ? "" : formatter.formatCellValue(row.getCell(1));
                String text = row.getCell(2) == null ? "" : formatter.formatCellValue(row.getCell(2));
                if (date.isBlank() && member.isBlank() && text.isBlank()) {
                    continue;
                }
                rows.add(new ImportRow(row.getRowNum() + 1, date, member, text));
            }
        }
        return rows;
    }

    private static String dateCell(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean isHeader(String first) {
        String f = first.strip().toLowerCase(Locale.ROOT);
        return f.equals("date") || f.equals("日期") || f.equals("拜访日期");
    }

    private static String cell(CSVRecord record, int index) {
        return record.size() > index ? record.get(index) : "";
    }

    private static String stripBom(String value) {
        return value.startsWith("\uFEFF") ? value.substring(1) : value;
    }

    /** Excel in China often saves CSV as GBK: take UTF-8 when the bytes are valid UTF-8, else GBK. */
    private static Charset charsetOf(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GBK");
        }
    }

    private static Optional<LocalDate> parseDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(v, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
