package com.branchmate.bot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.privacy.FieldCipher;
import com.branchmate.bot.platform.security.ApiTokens;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;

/**
 * The Excel exports, opened with POI: which rows each role gets (admin all, lead the team, member their own), phone
 * numbers in full only for an admin, and an audit entry per export.
 */
@BotTest
@Tag("channel")
class ExportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MemberService members;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FieldCipher cipher;

    private final HttpClient http = HttpClient.newHttpClient();
    private String adminToken;
    private String leadToken;
    private String memberToken;
    private String ownName;
    private String teammateName;
    private String otherName;
    private String ownPhone;
    private String otherPhone;
    private String marker;

    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(jdbc);
        long team = fixtures.team();
        long other = fixtures.team();
        adminToken = token(fixtures.member(team, "ADMIN"));
        leadToken = token(fixtures.member(team, "MANAGER"));
        long memberId = fixtures.member(team, "MEMBER");
        memberToken = token(memberId);
        long teammateId = fixtures.member(team, "MEMBER");
        long otherId = fixtures.member(other, "MEMBER");
        marker = Fixtures.unique("").substring(1, 6);
        ownName = "何" + marker;
        teammateName = "钱" + marker;
        otherName = "欧阳" + marker;
        ownPhone = phone();
        otherPhone = phone();
        long ownPerson = person(ownName, memberId);
        fact(ownPerson, "phone", cipher.encrypt(ownPhone), memberId);
        fact(ownPerson, "hobby", "钓鱼", memberId);
        person(teammateName, teammateId);
        long otherPerson = person(otherName, otherId);
        fact(otherPerson, "phone", cipher.encrypt(otherPhone), otherId);
        task(memberId, ownPerson, "给" + ownName + "打电话 " + ownPhone);
        task(otherId, otherPerson, "回访" + otherName);
    }

    @Test
    void peopleExportHoldsWhatEachRoleSeesWithPhonesMaskedBelowAdmin() throws Exception {
        List<List<String>> asMember = sheet(download(memberToken, "/api/export/people.xlsx"));
        List<List<String>> asLead = sheet(download(leadToken, "/api/export/people.xlsx"));
        List<List<String>> asAdmin = sheet(download(adminToken, "/api/export/people.xlsx"));

        assertThat(asMember.get(0)).startsWith("姓名", "类别", "网点", "负责人").contains("手机", "爱好");
        int phone = asMember.get(0).indexOf("手机");
        int hobby = asMember.get(0).indexOf("爱好");
        assertThat(names(asMember)).contains(ownName).doesNotContain(teammateName, otherName);
        assertThat(names(asLead)).contains(ownName, teammateName).doesNotContain(otherName);
        assertThat(names(asAdmin)).contains(ownName, teammateName, otherName);

        List<String> ownRow = row(asMember, ownName);
        assertThat(ownRow.get(phone)).isEqualTo(ownPhone.substring(0, 3) + "****" + ownPhone.substring(7));
        assertThat(ownRow.get(hobby)).isEqualTo("钓鱼");
        assertThat(row(asLead, ownName).get(phone)).doesNotContain(ownPhone).contains("****");
        assertThat(row(asAdmin, ownName).get(phone)).isEqualTo(ownPhone);
        assertThat(row(asAdmin, otherName).get(phone)).isEqualTo(otherPhone);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'EXPORT' and target_type = 'person' "
                + "and occurred_at > ?", Integer.class, Timestamp.from(Instant.now().minusSeconds(120)))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void tasksExportHoldsWhatEachRoleSeesWithPhonesMaskedBelowAdmin() throws Exception {
        List<List<String>> asMember = sheet(download(memberToken, "/api/export/tasks.xlsx"));
        List<List<String>> asAdmin = sheet(download(adminToken, "/api/export/tasks.xlsx"));

        assertThat(asMember.get(0)).containsExactly("到期", "事项", "对象", "成员", "状态", "来源笔记", "创建时间");
        String memberText = String.join("\n", asMember.stream().map(r -> String.join(",", r)).toList());
        assertThat(memberText).contains("给" + ownName + "打电话").doesNotContain(ownPhone).doesNotContain(otherName);
        String adminText = String.join("\n", asAdmin.stream().map(r -> String.join(",", r)).toList());
        assertThat(adminText).contains(ownPhone).contains("回访" + otherName);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'EXPORT' and target_type = 'task' "
                + "and occurred_at > ?", Integer.class, Timestamp.from(Instant.now().minusSeconds(120)))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anExportWithoutATokenIsRefused() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/export/people.xlsx"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain(otherName);
    }

    private byte[] download(String token, String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".xlsx");
        return response.body();
    }

    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static List<String> names(List<List<String>> rows) {
        return rows.stream().skip(1).map(r -> r.get(0)).toList();
    }

    private static List<String> row(List<List<String>> rows, String name) {
        return rows.stream().filter(r -> r.get(0).equals(name)).findFirst().orElseThrow();
    }

    private String token(long memberId) {
        return apiTokens.create(members.findById(memberId).orElseThrow(), "export");
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private long person(String name, long ownerId) {
        return new Fixtures(jdbc).customer(name, null, ownerId);
    }

    private long fact(long personId, String key, String value, long recordedBy) {
        return new Fixtures(jdbc).fact(personId, key, value, recordedBy);
    }

    private long task(long memberId, long personId, String content) {
        return new Fixtures(jdbc).task(memberId, personId, content);
    }
}
