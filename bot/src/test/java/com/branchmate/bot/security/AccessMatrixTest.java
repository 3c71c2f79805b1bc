package com.branchmate.bot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.privacy.FieldCipher;
import com.branchmate.bot.platform.security.ApiTokens;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.knowledge.KnowledgeBase;

/**
 * Every /api endpoint × ADMIN / MANAGER / MEMBER × own team / other team: the status each role gets, and that no
 * other team's customer data (the marker customer's name and phone, in full or masked) comes back to a manager or a
 * member, whatever the status. One line per case in {@link #ROWS}; a new /api mapping missing from the table fails
 * {@link #everyApiEndpointIsInTheTable()}.
 *
 * <p>Callers: an ADMIN, a MANAGER and a MEMBER of team A ("own"). Team B ("other") has a member whose customer is
 * the marker. Placeholders in paths and bodies: {@code {self}} the caller's login; {@code {ownMember2}} another
 * plain member of team A; {@code {ownManager2}} another lead of team A; {@code {ownAdmin}} the admin; {@code
 * {fresh…}} a new row made for that one request, for the cases that change or delete something.
 */
@BotTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("channel")
class AccessMatrixTest {

    enum Role { ADMIN, MANAGER, MEMBER }

    /** One case: the mapping it exercises, the request, and the status expected for ADMIN MANAGER MEMBER ("-": not run). */
    record Row(String mapping, String path, String body, String expect) {

        String method() {
            return mapping.substring(0, mapping.indexOf(' '));
        }

        Integer expected(Role role) {
            String value = expect.trim().split("\\s+")[role.ordinal()];
            return value.equals("-") ? null : Integer.valueOf(value);
        }
    }

    static Row row(String mapping, String path, String body, String expect) {
        return new Row(mapping, path, body, expect);
    }

    static Row row(String mapping, String path, String expect) {
        return new Row(mapping, path, null, expect);
    }

    static final String SETTINGS = "{\"enabled\":false,\"morningTime\":\"08:30\",\"eveningTime\":\"17:30\","
            + "\"zone\":\"Asia/Shanghai\",\"graceMinutes\":60,\"personalReminders\":false,\"customerNames\":\"HONORIFIC\"";

    //                                                                                                      ADMIN MANAGER MEMBER
    static final List<Row> ROWS = List.of(
            row("GET /api/me", "/api/me", "200 200 200"),
            row("GET /api/teams", "/api/teams", "200 200 200"),
            row("POST /api/teams", "/api/teams", "{\"name\":\"t{unique}\",\"displayName\":\"新团队\"}", "201 403 403"),
            row("POST /api/teams", "/api/teams", "{\"name\":\"t{unique}\",\"displayName\":\"新团队\",\"lead\":\"{self}\"}", "- 403 403"),
            row("PUT /api/teams/{name}", "/api/teams/{ownTeam}", "{\"displayName\":\"改名\"}", "200 403 403"),
            row("PUT /api/teams/{name}", "/api/teams/{otherTeam}", "{\"lead\":\"{self}\"}", "- 403 403"),
            row("PUT /api/teams/{name}", "/api/teams/{freshTeam}", "{\"lead\":\"{freshOwnMember}\"}", "200 403 403"),
            row("GET /api/members", "/api/members", "200 200 200"),
            row("POST /api/members", "/api/members", "{\"login\":\"n{unique}\",\"name\":\"新人\",\"team\":\"{ownTeam}\"}", "201 201 403"),
            row("POST /api/members", "/api/members", "{\"login\":\"n{unique}\",\"name\":\"新人\",\"team\":\"{otherTeam}\"}", "201 403 403"),
            row("POST /api/members", "/api/members", "{\"login\":\"n{unique}\",\"name\":\"新人\",\"role\":\"MANAGER\",\"team\":\"{ownTeam}\"}", "201 403 403"),
            row("PUT /api/members/{login}", "/api/members/{self}", "{\"name\":\"改个名\"}", "200 200 200"),
            row("PUT /api/members/{login}", "/api/members/{self}", "{\"team\":\"{otherTeam}\"}", "- 403 403"),
            row("PUT /api/members/{login}", "/api/members/{self}", "{\"role\":\"ADMIN\"}", "- 403 403"),
            row("PUT /api/members/{login}", "/api/members/{ownMember2}", "{\"name\":\"组员\"}", "200 200 404"),
            row("PUT /api/members/{login}", "/api/members/{freshOwnMember}", "{\"team\":\"{otherTeam}\"}", "200 403 404"),
            row("PUT /api/members/{login}", "/api/members/{freshOwnMember}", "{\"role\":\"MANAGER\"}", "200 403 404"),
            row("PUT /api/members/{login}", "/api/members/{ownManager2}", "{\"password\":\"reset-by-someone\"}", "200 403 404"),
            row("PUT /api/members/{login}", "/api/members/{ownAdmin}", "{\"password\":\"reset-by-someone\"}", "200 403 404"),
            row("PUT /api/members/{login}", "/api/members/{otherMember}", "{\"name\":\"别组\"}", "200 404 404"),

            row("POST /api/chat", "/api/chat", "{\"member\":\"{self}\",\"text\":\"帮助\"}", "200 200 200"),
            row("POST /api/chat", "/api/chat", "{\"member\":\"{ownMember2}\",\"text\":\"帮助\"}", "200 403 404"),
            row("POST /api/chat", "/api/chat", "{\"member\":\"{ownAdmin}\",\"text\":\"{otherName}手机多少\"}", "200 403 404"),
            row("POST /api/chat", "/api/chat", "{\"member\":\"{otherMember}\",\"text\":\"{otherName}手机多少\"}", "200 404 404"),
            row("POST /api/chat", "/api/chat", "{\"member\":\"{self}\",\"text\":\"{otherName}手机多少\"}", "200 200 200"),
            row("POST /api/chat/understand", "/api/chat/understand", "{\"member\":\"{self}\",\"text\":\"帮助\"}", "200 200 200"),
            row("POST /api/chat/understand", "/api/chat/understand", "{\"member\":\"{ownMember2}\",\"text\":\"{otherName}手机多少\"}", "200 403 404"),
            row("POST /api/chat/understand", "/api/chat/understand", "{\"member\":\"{otherMember}\",\"text\":\"{otherName}手机多少\"}", "200 404 404"),

            row("POST /api/notes/extract", "/api/notes/extract", "{\"text\":\"今天拜访农行城东支行。\"}", "200 200 200"),
            row("POST /api/notes", "/api/notes", "{\"text\":\"今天拜访了农行城东支行。\"}", "- 201 201"),
            row("POST /api/notes", "/api/notes", "{\"member\":\"{ownMember2}\",\"text\":\"今天拜访了农行城东支行。\"}", "201 201 404"),
            row("POST /api/notes", "/api/notes", "{\"member\":\"{ownAdmin}\",\"text\":\"今天拜访了农行城东支行。\"}", "201 403 404"),
            row("POST /api/notes", "/api/notes", "{\"member\":\"{otherMember}\",\"text\":\"今天拜访了农行城东支行。\"}", "201 404 404"),
            row("POST /api/notes/import", "/api/notes/import", "file:notes.csv:date,member,text\n2026-11-02,{otherMember},今天拜访了农行城东支行。", "200 200 200"),
            row("GET /api/notes", "/api/notes", "200 200 200"),
            row("GET /api/notes", "/api/notes?member={otherMember}", "200 404 404"),
            row("GET /api/notes/{id}", "/api/notes/{ownNote}", "200 200 200"),
            row("GET /api/notes/{id}", "/api/notes/{otherNote}", "200 404 404"),
            row("GET /api/notes", "/api/notes?query={otherName}&person={otherName}&from=2020-01-01&to=2040-12-31", "200 200 200"),
            row("DELETE /api/notes/{id}", "/api/notes/{otherNote}", "- 404 404"),
            row("DELETE /api/notes/{id}", "/api/notes/{freshOwnMember2Note}", "204 204 404"),
            row("DELETE /api/notes/{id}", "/api/notes/{freshOwnManager2Note}", "204 403 404"),
            row("DELETE /api/notes/{id}", "/api/notes/{freshSelfNote}", "204 204 204"),
            row("DELETE /api/notes/{id}", "/api/notes/{freshOtherNote}", "204 404 404"),
            row("POST /api/notes/{id}/reextract", "/api/notes/{otherNote}/reextract", "{}", "200 404 404"),

            row("GET /api/people", "/api/people", "200 200 200"),
            row("GET /api/people", "/api/people?query={otherName}", "200 200 200"),
            row("GET /api/people/fact-keys", "/api/people/fact-keys", "200 200 200"),
            row("GET /api/people/{id}", "/api/people/{ownPerson}", "200 200 200"),
            row("GET /api/people/{id}", "/api/people/{otherPerson}", "200 404 404"),
            row("POST /api/people/{id}/facts", "/api/people/{otherPerson}/facts", "{\"key\":\"hobby\",\"value\":\"钓鱼\"}", "201 404 404"),
            row("DELETE /api/people/{id}/facts/{factId}", "/api/people/{otherPerson}/facts/{freshOtherFact}", "204 404 404"),
            row("PUT /api/people/{id}", "/api/people/{otherPerson}", "{\"kind\":\"CUSTOMER\"}", "200 404 404"),
            row("GET /api/people/{id}/export", "/api/people/{ownPerson}/export", "200 403 403"),
            row("DELETE /api/people/{id}", "/api/people/{freshOtherPerson}", "200 403 403"),

            // xlsx bodies are compressed, so the marker check cannot see into them: ExportApiTest opens them.
            row("GET /api/export/people.xlsx", "/api/export/people.xlsx", "200 200 200"),
            row("GET /api/export/tasks.xlsx", "/api/export/tasks.xlsx", "200 200 200"),

            row("GET /api/branches", "/api/branches", "200 200 200"),
            row("POST /api/branches", "/api/branches", "{\"bank\":\"工行\",\"name\":\"新{unique}支行\"}", "201 201 201"),
            row("POST /api/branches", "/api/branches", "{\"bank\":\"工行\",\"name\":\"新{unique}支行\",\"owner\":\"{ownMember2}\"}", "201 201 400"),
            row("POST /api/branches", "/api/branches", "{\"bank\":\"工行\",\"name\":\"新{unique}支行\",\"owner\":\"{otherMember}\"}", "201 400 400"),
            row("PUT /api/branches/{id}", "/api/branches/{otherBranch}", "{\"address\":\"改地址\"}", "200 404 404"),

            row("GET /api/tasks", "/api/tasks", "200 200 200"),
            row("PUT /api/tasks/{id}", "/api/tasks/{otherTask}", "{\"done\":false}", "200 404 404"),
            row("PUT /api/tasks/{id}", "/api/tasks/{ownTask}", "{\"done\":false}", "200 200 200"),

            row("GET /api/kb/documents", "/api/kb/documents", "200 200 200"),
            row("POST /api/kb/documents", "/api/kb/documents", "file:guide.md:# 手册{unique}\n## 一节\n网点拜访要先约时间，带上产品资料和客户名单，{unique}。", "201 201 403"),
            row("DELETE /api/kb/documents/{id}", "/api/kb/documents/{freshOwnDocument}", "204 204 403"),
            row("DELETE /api/kb/documents/{id}", "/api/kb/documents/{freshOtherDocument}", "204 403 403"),
            row("DELETE /api/kb/documents/{id}", "/api/kb/documents/{builtInDocument}", "- 403 403"),
            row("GET /api/kb/settings", "/api/kb/settings", "200 200 200"),
            row("PUT /api/kb/settings", "/api/kb/settings", "{\"builtInPlaybook\":true}", "200 403 403"),
            row("POST /api/kb/search", "/api/kb/search", "{\"query\":\"拜访\"}", "200 200 200"),
            row("POST /api/calendar/import", "/api/calendar/import", "{\"text\":\"2031-01-01,HOLIDAY,元旦\"}", "- 403 403"),
            row("POST /api/kb/ask", "/api/kb/ask", "{\"question\":\"拜访要注意什么\"}", "200 200 200"),
            row("POST /api/kb/ask", "/api/kb/ask", "{\"question\":\"拜访要注意什么\",\"member\":\"{ownMember2}\"}", "200 200 404"),
            row("POST /api/kb/ask", "/api/kb/ask", "{\"question\":\"拜访要注意什么\",\"member\":\"{ownAdmin}\"}", "200 403 404"),
            row("POST /api/kb/ask", "/api/kb/ask", "{\"question\":\"拜访要注意什么\",\"member\":\"{otherMember}\"}", "200 404 404"),
            row("POST /api/scripts", "/api/scripts", "{\"request\":\"年金险话术\",\"customer\":\"{otherName}\"}", "200 200 200"),
            row("POST /api/scripts", "/api/scripts", "{\"member\":\"{ownAdmin}\",\"request\":\"年金险话术\",\"customer\":\"{otherName}\"}", "200 403 404"),
            row("POST /api/scripts", "/api/scripts", "{\"member\":\"{otherMember}\",\"request\":\"年金险话术\",\"customer\":\"{otherName}\"}", "200 404 404"),

            row("POST /api/huddles/preview", "/api/huddles/preview", "{\"team\":\"{ownTeam}\",\"kind\":\"MORNING\"}", "200 200 200"),
            row("POST /api/huddles/preview", "/api/huddles/preview", "{\"team\":\"{otherTeam}\",\"kind\":\"EVENING\"}", "200 404 404"),
            row("GET /api/huddles/templates/default", "/api/huddles/templates/default", "200 200 200"),
            row("GET /api/huddles/history", "/api/huddles/history?team={otherTeam}", "200 404 404"),
            row("GET /api/huddles/reports", "/api/huddles/reports?team={otherTeam}", "200 404 404"),
            row("GET /api/huddles/settings/{team}", "/api/huddles/settings/{ownTeam}", "200 200 404"),
            row("GET /api/huddles/settings/{team}", "/api/huddles/settings/{otherTeam}", "200 404 404"),
            row("PUT /api/huddles/settings/{team}", "/api/huddles/settings/{ownTeam}", SETTINGS + "}", "200 200 404"),
            row("PUT /api/huddles/settings/{team}", "/api/huddles/settings/{otherTeam}", SETTINGS + "}", "200 404 404"),
            row("PUT /api/huddles/settings/{team}", "/api/huddles/settings/{ownTeam}", SETTINGS
                    + ",\"dingtalkWebhook\":\"https://attacker.example/robot/send?access_token=x\",\"dingtalkSecret\":\"SECx\"}", "400 400 404"),

            row("GET /api/calendar", "/api/calendar?team={ownTeam}", "200 200 200"),
            row("GET /api/calendar", "/api/calendar?team={otherTeam}", "200 404 404"),
            row("POST /api/calendar", "/api/calendar", "{\"date\":\"{freshDate}\",\"type\":\"HOLIDAY\",\"team\":\"{ownTeam}\"}", "201 201 404"),
            row("POST /api/calendar", "/api/calendar", "{\"date\":\"{freshDate}\",\"type\":\"HOLIDAY\",\"team\":\"{otherTeam}\"}", "201 404 404"),
            row("POST /api/calendar", "/api/calendar", "{\"date\":\"{freshDate}\",\"type\":\"HOLIDAY\"}", "201 403 403"),
            row("DELETE /api/calendar/{id}", "/api/calendar/{freshOtherDay}", "204 403 403"),

            row("GET /api/dashboard", "/api/dashboard", "200 200 200"),
            row("GET /api/channels/sends", "/api/channels/sends", "200 403 403"),
            row("GET /api/audit", "/api/audit", "200 403 403"),
            row("GET /api/tokens", "/api/tokens", "200 200 200"),
            row("POST /api/tokens", "/api/tokens", "{\"name\":\"脚本\"}", "201 201 201"),
            row("DELETE /api/tokens/{id}", "/api/tokens/{freshOtherToken}", "204 404 404"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberService members;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    FieldCipher cipher;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Role, HttpTestClient> callers = new LinkedHashMap<>();
    private final Map<Role, String> logins = new LinkedHashMap<>();
    private final Map<String, Function<Role, String>> placeholders = new LinkedHashMap<>();
    private final List<String> markers = new ArrayList<>();
    private Fixtures fixtures;
    private long otherTeamId;
    private long ownTeamId;
    private long otherMemberId;
    private long otherPersonId;

    @BeforeAll
    void teamsMembersAndData() {
        fixtures = new Fixtures(jdbc);
        String ownTeam = Fixtures.unique("own");
        String otherTeam = Fixtures.unique("other");
        ownTeamId = fixtures.team(ownTeam);
        otherTeamId = fixtures.team(otherTeam);
        String admin = Fixtures.unique("admin");
        String manager = Fixtures.unique("lead");
        String member = Fixtures.unique("mem");
        fixtures.member(ownTeamId, "ADMIN", admin);
        long managerId = fixtures.member(ownTeamId, "MANAGER", manager);
        long memberId = fixtures.member(ownTeamId, "MEMBER", member);
        String ownMember2 = Fixtures.unique("mem2");
        String ownManager2 = Fixtures.unique("lead2");
        fixtures.member(ownTeamId, "MEMBER", ownMember2);
        fixtures.member(ownTeamId, "MANAGER", ownManager2);
        String otherMember = Fixtures.unique("othermem");
        String otherManager = Fixtures.unique("otherlead");
        otherMemberId = fixtures.member(otherTeamId, "MEMBER", otherMember);
        fixtures.member(otherTeamId, "MANAGER", otherManager);
        logins.put(Role.ADMIN, admin);
        logins.put(Role.MANAGER, manager);
        logins.put(Role.MEMBER, member);
        logins.forEach((role, login) -> callers.put(role, new HttpTestClient(port)
                .withBearer(apiTokens.create(members.findByLogin(login).orElseThrow(), "matrix"))));

        // The marker: another team's customer, with a phone number, a note and a task naming her.
        String otherName = "欧阳" + "丽娜敏静芳霞秀兰".charAt(ThreadLocalRandom.current().nextInt(8))
                + "甲乙丙丁戊己庚辛".charAt(ThreadLocalRandom.current().nextInt(8));
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        markers.addAll(List.of(otherName, phone, phone.substring(0, 3) + "****" + phone.substring(7), phone.substring(3)));
        long otherBranch = branch("城西" + Fixtures.unique("").substring(1, 5) + "支行", otherMemberId);
        otherPersonId = fixtures.customer(otherName, otherBranch, otherMemberId);
        fixtures.fact(otherPersonId, "phone", cipher.encrypt(phone), otherMemberId);
        fixtures.fact(otherPersonId, "family", cipher.encrypt("女儿手机" + phone), otherMemberId);
        long otherNote = fixtures.note(otherMemberId, "拜访城西支行，客户" + otherName + "手机" + phone + "，买了年金险。");
        long otherTask = fixtures.task(otherMemberId, otherPersonId, "给" + otherName + "打电话 " + phone);

        long ownBranch = branch("城东" + Fixtures.unique("").substring(1, 5) + "支行", memberId);
        long ownPerson = fixtures.customer("何佳", ownBranch, memberId);
        long ownNote = fixtures.note(memberId, "拜访城东支行，理财经理何佳。");
        long ownTask = fixtures.task(memberId, ownPerson, "回访何佳");
        long builtIn = knowledge.ingest("builtin-" + ownTeam + ".md", ("# 内置" + ownTeam + "\n## 一节\n内置手册的内容：拜访网点之前先约好时间，带上产品资料。")
                .getBytes(StandardCharsets.UTF_8), null, "system", true).document().id();

        constant("ownTeam", ownTeam);
        constant("otherTeam", otherTeam);
        constant("ownMember2", ownMember2);
        constant("ownManager2", ownManager2);
        constant("ownAdmin", admin);
        constant("otherMember", otherMember);
        constant("otherName", otherName);
        constant("otherPerson", otherPersonId);
        constant("ownPerson", ownPerson);
        constant("otherNote", otherNote);
        constant("ownNote", ownNote);
        constant("otherBranch", otherBranch);
        constant("otherTask", otherTask);
        constant("ownTask", ownTask);
        constant("builtInDocument", builtIn);
        placeholders.put("self", logins::get);
        placeholders.put("unique", role -> Fixtures.unique("").substring(1));
        placeholders.put("freshOwnMember2Note", role -> note(ownMember2, "拜访城东支行。"));
        placeholders.put("freshOwnManager2Note", role -> note(ownManager2, "拜访城东支行。"));
        placeholders.put("freshSelfNote", role -> note(logins.get(role), "拜访城东支行。"));
        placeholders.put("freshOtherNote", role -> String.valueOf(fixtures.note(otherMemberId, "拜访城西支行。")));
        placeholders.put("freshTeam", role -> {
            String code = Fixtures.unique("fresh");
            fixtures.team(code);
            return code;
        });
        placeholders.put("freshOwnMember", role -> login(fixtures.member(ownTeamId, "MEMBER")));
        placeholders.put("freshOtherFact", role -> String.valueOf(fixtures.fact(otherPersonId, "hobby", "钓鱼", otherMemberId)));
        placeholders.put("freshOtherPerson", role -> String.valueOf(fixtures.customer("司马" + role.ordinal(), otherBranch, otherMemberId)));
        placeholders.put("freshOwnDocument", role -> document(ownManager2));
        placeholders.put("freshOtherDocument", role -> document(otherManager));
        placeholders.put("freshDate", role -> LocalDate.of(2030, 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(3000)).toString());
        placeholders.put("freshOtherDay", role -> String.valueOf(fixtures.insert(
                "insert into calendar_day (team_id, calendar_date, day_type, name, created_at) values (?, ?, 'HOLIDAY', '休', ?)",
                otherTeamId, java.sql.Date.valueOf(LocalDate.of(2031, 5, 1 + role.ordinal())), Fixtures.now())));
        placeholders.put("freshOtherToken", role -> String.valueOf(
                apiTokens.issue(members.findByLogin(otherMember).orElseThrow(), "theirs").id()));
        assertThat(managerId).isPositive();
    }

    @Test
    void everyRoleGetsTheExpectedStatusAndNoOtherTeamsData() {
        List<String> failures = new ArrayList<>();
        for (Row row : ROWS) {
            for (Role role : Role.values()) {
                Integer expected = row.expected(role);
                if (expected == null) {
                    continue;
                }
                String path = fill(row.path(), role);
                String body = row.body() == null ? null : fill(row.body(), role);
                HttpTestClient.Response response = send(callers.get(role), row.method(), path, body);
                String what = role + " " + row.method() + " " + path + (body == null ? "" : " " + body);
                if (response.status() != expected) {
                    failures.add(what + " → " + response.status() + ", expected " + expected + ": " + response.body());
                }
                if (role != Role.ADMIN) {
                    String request = path + " " + body;
                    for (String marker : markers) {
                        if (!request.contains(marker) && response.body().contains(marker)) {
                            failures.add(what + " → another team's data (" + marker + ") in " + response.body());
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyApiEndpointIsInTheTable() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        Set<String> covered = new TreeSet<>();
        ROWS.forEach(row -> covered.add(row.mapping()));

        assertThat(endpoints).isNotEmpty();
        assertThat(covered).as("add a line to AccessMatrixTest.ROWS for each new /api endpoint")
                .containsAll(endpoints);
        assertThat(endpoints).as("rows naming a mapping that does not exist").containsAll(covered);
    }

    private HttpTestClient.Response send(HttpTestClient client, String method, String path, String body) {
        if (body != null && body.startsWith("file:")) {
            String[] parts = body.split(":", 3);
            return client.postMultipart(path, parts[1], parts[2].getBytes(StandardCharsets.UTF_8), Map.of());
        }
        return switch (method) {
            case "GET" -> client.get(path);
            case "POST" -> client.postJson(path, body == null ? "{}" : body);
            case "PUT" -> client.putJson(path, body == null ? "{}" : body);
            default -> client.send(method, path);
        };
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private String fill(String template, Role role) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Function<Role, String> value = placeholders.get(matcher.group(1));
            assertThat(value).as("placeholder {%s}", matcher.group(1)).isNotNull();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.apply(role)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private void constant(String name, Object value) {
        placeholders.put(name, role -> String.valueOf(value));
    }

    private String note(String login, String text) {
        return String.valueOf(fixtures.note(members.findByLogin(login).orElseThrow().id(), text));
    }

    private String login(long memberId) {
        return members.findById(memberId).orElseThrow().login();
    }

    private String document(String uploadedBy) {
        String title = Fixtures.unique("资料");
        return String.valueOf(knowledge.ingest(title + ".md", ("# " + title + "\n## 一节\n拜访网点之前先约好时间，带上产品资料和客户名单。")
                .getBytes(StandardCharsets.UTF_8), null, uploadedBy, false).document().id());
    }

    private long branch(String name, long ownerId) {
        Long bankId = jdbc.query("select id from bank where name = '中国农业银行'", rs -> rs.next() ? rs.getLong(1) : null);
        if (bankId == null) {
            bankId = fixtures.insert("insert into bank (name, created_at) values ('中国农业银行', ?)", Fixtures.now());
        }
        return fixtures.insert("insert into branch (bank_id, name, owner_member_id, created_at, updated_at) values (?, ?, ?, ?, ?)",
                bankId, name, ownerId, Fixtures.now(), Fixtures.now());
    }





}
