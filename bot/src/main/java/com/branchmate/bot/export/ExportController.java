package com.branchmate.bot.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.people.Fact;
import com.branchmate.bot.people.PeopleService;
import com.branchmate.bot.people.Person;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.privacy.Masking;
import com.branchmate.bot.tasks.Task;
import com.branchmate.bot.tasks.TaskService;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.extraction.vocabulary.PersonKind;

/**
 * Excel exports of what the caller may see: an admin everything, a lead their team, a member their own. Every
 * export is audited. Phone numbers and WeChat ids come out in full only for an admin: a spreadsheet is a bulk copy
 * that leaves the system, which the people API allows only to admins (a person's data export); leads and members
 * read single numbers in the person page, where each read is audited.
 */
@RestController
@RequestMapping("/api/export")
class ExportController {

    /** A bound on one export, so one request cannot hold the whole database in memory. */
    static final int MAX_ROWS = 20_000;

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private final PeopleService people;
    private final TaskService tasks;
    private final MemberService members;
    private final AuditLog audit;
    private final java.time.Clock clock;

    ExportController(PeopleService people, TaskService tasks, MemberService members, AuditLog audit,
                     java.time.Clock clock) {
        this.people = people;
        this.tasks = tasks;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean inFull(Caller caller) {
        return caller.isAdmin();
    }

    @GetMapping("/people.xlsx")
    ResponseEntity<byte[]> people(Caller caller) {
        List<Person> found = people.allVisible(caller, MAX_ROWS);
        Map<Long, List<Fact>> facts = people.currentFacts(found.stream().map(Person::id).toList());
        Function<Long, String> owner = ownerNames(caller);
        boolean full = inFull(caller);
        List<String> header = new ArrayList<>(List.of("姓名", "类别", "网点", "负责人"));
        Arrays.stream(FactKey.values()).map(FactKey::label).forEach(header::add);
        List<List<String>> rows = new ArrayList<>();
        for (Person p : found) {
            List<String> row = new ArrayList<>(List.of(p.displayName(), p.kind() == PersonKind.STAFF ? "网点员工" : "客户",
                    nullToEmpty(p.branchName()), owner.apply(p.ownerMemberId())));
            Map<String, String> byKey = facts.getOrDefault(p.id(), List.of()).stream().collect(Collectors.groupingBy(
                    Fact::factKey, Collectors.mapping(f -> value(f, full), Collectors.joining("；"))));
            Arrays.stream(FactKey.values()).map(k -> byKey.getOrDefault(k.key(), "")).forEach(row::add);
            rows.add(row);
        }
        audit.record(caller, "EXPORT", "person", null, "api",
                "导出人员 Excel，" + rows.size() + " 人" + (full ? "，号码完整" : "，号码已遮盖"));
        return xlsx("人员", header, rows, "people");
    }

    @GetMapping("/tasks.xlsx")
    ResponseEntity<byte[]> tasks(Caller caller) {
        List<Task> found = tasks.allVisible(caller, MAX_ROWS);
        Function<Long, String> owner = ownerNames(caller);
        boolean full = inFull(caller);
        List<String> header = List.of("到期", "事项", "对象", "成员", "状态", "来源笔记", "创建时间");
        List<List<String>> rows = new ArrayList<>();
        for (Task t : found) {
            rows.add(List.of(t.dueDate() == null ? "无期限" : t.dueDate().toString(),
                    full ? t.content() : Masking.phonesIn(t.content()), nullToEmpty(t.personName()),
                    owner.apply(t.memberId()), t.done() ? "已完成" : "未完成",
                    t.noteId() == null ? "" : "#" + t.noteId(), DATE_TIME.format(t.createdAt())));
        }
        audit.record(caller, "EXPORT", "task", null, "api", "导出待办 Excel，" + rows.size() + " 条");
        return xlsx("待办", header, rows, "tasks");
    }

    private static String value(Fact fact, boolean full) {
        String value = nullToEmpty(fact.factValue());
        if (full) {
            return value;
        }
        return switch (fact.factKey()) {
            case "phone" -> Masking.phone(value);
            case "wechat" -> Masking.wechat(value);
            default -> Masking.phonesIn(value);
        };
    }

    /** Member id → 姓名（登录名）, over the members the caller may see. */
    private Function<Long, String> ownerNames(Caller caller) {
        Map<Long, String> names = members.visibleTo(caller).stream()
                .collect(Collectors.toMap(Member::id, m -> m.displayName() + "（" + m.login() + "）"));
        return id -> id == null ? "" : names.getOrDefault(id, "");
    }

    private ResponseEntity<byte[]> xlsx(String sheetName, List<String> header, List<List<String>> rows, String file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            write(sheet.createRow(0), header, bold);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i), null);
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            workbook.write(out);
            String name = file + "-" + LocalDate.now(clock.withZone(ZONE)) + ".xlsx";
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            // Text cells only: a value starting with = must never become a formula in the reader's Excel.
            cell.setCellValue(values.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
