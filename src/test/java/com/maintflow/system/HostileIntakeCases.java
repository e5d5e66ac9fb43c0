package com.maintflow.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.maintflow.support.IntakeBody;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The generated hostile {@code POST /api/requests} calls: each named, with its body, content type and whether it
 * must be refused or stored verbatim. Bodies are built lazily, so the 10 MB ones exist only while they are sent.
 */
final class HostileIntakeCases {

    static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] TEXT_FIELDS = {"customerCode", "contactName", "contactEmail", "contactPhone",
            "channel", "system", "title", "description"};
    private static final String[] REQUIRED = {"customerCode", "contactName", "contactEmail", "system", "title",
            "description"};
    private static final String TITLE_VALUE = "\"title\":\"[^\"]*\"";
    private static final String[] ONE_LINE = {"customerCode", "contactName", "system", "title"};

    /** Injection strings: harmless text when stored, refused where the field has a format. */
    static final List<String> INJECTIONS = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "<svg/onload=alert(1)>",
            "javascript:alert(1)", "' OR '1'='1", "'; DROP TABLE mf_maintenance_request; --",
            "1; SELECT * FROM ACT_ID_USER", "${7*7} #{7*7} {{7*7}}", "[[${T(java.lang.Runtime).getRuntime()}]]",
            "../../../../etc/passwd", "%00%0d%0aSet-Cookie: x=y", "{\"$where\": \"1 == 1\"}");

    /** Texts in other scripts that must come back exactly as sent. */
    static final List<String> WORLD_TEXTS = List.of("报表导出失败，请尽快处理", "打印机😀🔥🚀 emoji 🇨🇳",
            "مرحبا بالعالم", "Zalgo t̷̢͙̓ȇ̵̬x̶̱̌t̸̞̂", "零宽\u200b空格\u200d字符", "𠜎𠜱𠝹 (supplementary CJK)");

    /** What the server must do with a case. */
    enum Expect { REFUSED, STORED_VERBATIM }

    /** One generated call; {@code storedTitle} is what a STORED_VERBATIM case must leave in the register. */
    record Case(String name, Optional<String> contentType, Supplier<BodyPublisher> body, Expect expect,
                Optional<String> storedTitle) {
    }

    private final List<Case> cases = new ArrayList<>();

    static List<Case> all() {
        var generator = new HostileIntakeCases();
        generator.brokenJson();
        generator.notAnObject();
        generator.wrongTypes();
        generator.missingAndBlankFields();
        generator.oversizedFields();
        generator.hugeBodies();
        generator.controlCharacters();
        generator.injections();
        generator.worldTexts();
        generator.wrongContentTypes();
        generator.duplicatedKeysAndDeepNesting();
        generator.hugeNumbers();
        return List.copyOf(generator.cases);
    }

    private void brokenJson() {
        String valid = json(IntakeBody.valid().fields());
        List<String> broken = List.of("", " ", "{", "}", "{{}", "{\"title\"}", "{\"title\":}", "{title: \"x\"}",
                "{'title': 'x'}", "{\"title\": \"unterminated}", "{\"title\": \"x\",}", "{\"a\" \"b\"}",
                "null x", "{\"title\": \"x\"} trailing", "{\"title\": undefined}", "{\"title\": NaN}",
                "/* comment */ {}", "\uFEFF{\"title\": \"BOM\"}", valid.substring(0, valid.length() / 2),
                valid.replace(":", "="), valid.replace("\"", "'"), "\u0000\u0000\u0000\u0000");
        for (int i = 0; i < broken.size(); i++) {
            refused("broken JSON #" + i + " " + preview(broken.get(i)), JSON, broken.get(i));
        }
    }

    private void notAnObject() {
        String valid = json(IntakeBody.valid().fields());
        for (String body : List.of("[]", "[" + valid + "]", "\"a string\"", "123", "null", "true", "[[[]]]")) {
            refused("not an object " + preview(body), JSON, body);
        }
    }

    private void wrongTypes() {
        for (String field : TEXT_FIELDS) {
            refusedWith("object as " + field, field, Map.of("nested", "value"));
            refusedWith("array as " + field, field, List.of("a", "b"));
        }
        // Jackson reads a number or boolean as its text, so only fields with a format can refuse them.
        for (String field : List.of("customerCode", "contactEmail", "channel")) {
            refusedWith("number as " + field, field, 12345);
            refusedWith("boolean as " + field, field, true);
            refusedWith("float as " + field, field, 1.5e300);
        }
    }

    private void missingAndBlankFields() {
        for (String field : REQUIRED) {
            refused("missing " + field, json(IntakeBody.valid().without(field).fields()));
            refusedWith("blank " + field, field, "   ");
            refusedWith("null " + field, field, null);
        }
        refused("empty object", "{}");
        refused("all required fields missing", json(IntakeBody.valid().without(REQUIRED).fields()));
    }

    private void oversizedFields() {
        Map<String, Integer> limits = Map.of("customerCode", 40, "contactName", 100, "contactEmail", 254,
                "contactPhone", 40, "system", 200, "title", 200, "description", 20000);
        limits.forEach((field, max) -> refusedWith(field + " over " + max + " characters", field,
                field.equals("contactEmail") ? "a".repeat(max) + "@x.example" : field.equals("contactPhone")
                        ? "1".repeat(max + 1) : "长".repeat(max + 1)));
    }

    private void hugeBodies() {
        int tenMegabytes = 10 * 1024 * 1024;
        cases.add(new Case("10 MB JSON body with Content-Length", Optional.of(JSON),
                () -> BodyPublishers.ofByteArray(paddedJson(tenMegabytes)), Expect.REFUSED, Optional.empty()));
        cases.add(new Case("300 KB JSON body", Optional.of(JSON),
                () -> BodyPublishers.ofByteArray(paddedJson(300 * 1024)), Expect.REFUSED, Optional.empty()));
        cases.add(new Case("10 MB of zero bytes", Optional.of(JSON),
                () -> BodyPublishers.ofByteArray(new byte[tenMegabytes]), Expect.REFUSED, Optional.empty()));
    }

    private void controlCharacters() {
        for (String field : ONE_LINE) {
            for (String control : List.of("\u0000", "\u0001", "\n", "\r\n", "\u001b[31m", "\u007f")) {
                refusedWith("control character U+" + String.format("%04X", (int) control.charAt(0)) + " in " + field,
                        field, "before" + control + "after");
            }
            refused("raw unescaped newline in JSON string of " + field,
                    json(IntakeBody.valid().fields()).replace("\"" + field + "\":\"", "\"" + field + "\":\"a\nb"));
        }
        refusedWith("NUL in description", "description", "text\u0000more");
    }

    private void injections() {
        for (String injection : INJECTIONS) {
            refusedWith("injection as customerCode " + preview(injection), "customerCode", injection);
            refusedWith("injection as contactEmail " + preview(injection), "contactEmail", injection);
            storedVerbatim("injection in title " + preview(injection), injection);
        }
    }

    private void worldTexts() {
        for (String text : WORLD_TEXTS) {
            storedVerbatim("text in title " + preview(text), text);
        }
    }

    private void wrongContentTypes() {
        String valid = json(IntakeBody.valid().fields());
        for (String type : List.of("text/plain", "application/xml", "text/html", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "image/png", "application/yaml",
                "application/json-patch+json", "*/*", "garbage", "application/json; charset=no-such-charset")) {
            cases.add(new Case("content type " + type, Optional.of(type),
                    () -> BodyPublishers.ofString(valid, StandardCharsets.UTF_8), Expect.REFUSED, Optional.empty()));
        }
        cases.add(new Case("no content type", Optional.empty(),
                () -> BodyPublishers.ofString(valid, StandardCharsets.UTF_8), Expect.REFUSED, Optional.empty()));
        cases.add(new Case("invalid UTF-8 bytes in title", Optional.of(JSON),
                () -> BodyPublishers.ofByteArray(withBytes(valid, new byte[] {(byte) 0xC3, (byte) 0x28})),
                Expect.REFUSED, Optional.empty()));
    }

    private void duplicatedKeysAndDeepNesting() {
        String valid = json(IntakeBody.valid().fields());
        refused("duplicated title key", valid.replaceFirst("\\{", "{\"title\":\"first\","));
        refused("duplicated customerCode key", valid.replaceFirst("\\{", "{\"customerCode\":\"C-EXPIRED\","));
        for (int depth : new int[] {100, 2000, 20000}) {
            refused("array nested " + depth + " deep as title",
                    valid.replaceFirst(TITLE_VALUE, "\"title\":" + "[".repeat(depth) + "]".repeat(depth)));
            refused("object nested " + depth + " deep as title",
                    valid.replaceFirst(TITLE_VALUE, "\"title\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
        }
    }

    private void hugeNumbers() {
        for (int digits : new int[] {41, 1001, 100000}) {
            String number = "9".repeat(digits);
            refused(digits + "-digit number as customerCode",
                    json(IntakeBody.valid().fields()).replaceFirst("\"customerCode\":\"[^\"]*\"",
                            "\"customerCode\":" + number));
        }
        refused("exponent 1e999999999 as channel", json(IntakeBody.valid().fields())
                .replaceFirst("\"channel\":\"[^\"]*\"", "\"channel\":1e999999999"));
    }

    private void refusedWith(String name, String field, Object value) {
        var fields = new java.util.LinkedHashMap<String, Object>(IntakeBody.valid().fields());
        fields.put(field, value);
        refused(name, json(fields));
    }

    private void refused(String name, String body) {
        refused(name, JSON, body);
    }

    private void refused(String name, String contentType, String body) {
        cases.add(new Case(name, Optional.of(contentType), () -> BodyPublishers.ofString(body, StandardCharsets.UTF_8),
                Expect.REFUSED, Optional.empty()));
    }

    private void storedVerbatim(String name, String title) {
        String body = json(IntakeBody.valid().with("title", title).fields());
        cases.add(new Case(name, Optional.of(JSON), () -> BodyPublishers.ofString(body, StandardCharsets.UTF_8),
                Expect.STORED_VERBATIM, Optional.of(title)));
    }

    private static byte[] paddedJson(int size) {
        String head = json(IntakeBody.valid().fields()).replaceFirst("\\{", "{\"padding\":\"");
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        byte[] prefix = head.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[size - 2] = '"';
        bytes[size - 1] = '}';
        return bytes;
    }

    private static byte[] withBytes(String validJson, byte[] inTitle) {
        String[] parts = validJson.split("\"title\":\"", 2);
        byte[] head = (parts[0] + "\"title\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] tail = parts[1].getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + inTitle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(inTitle, 0, all, head.length, inTitle.length);
        System.arraycopy(tail, 0, all, head.length + inTitle.length, tail.length);
        return all;
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A printable, short form of hostile text for a test name. */
    static String preview(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(40).forEach(cp -> out.append(Character.isISOControl(cp)
                ? String.format("\\u%04x", cp) : new String(Character.toChars(cp))));
        return "«" + out + (text.length() > 40 ? "…" : "") + "»";
    }
}
