package com.maintflow.customer;

import com.maintflow.customer.CustomerProblem.FieldProblem;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk onboarding from CSV, one row per contact with the customer's columns repeated ({@link #HEADER}), UTF-8 with
 * or without the BOM Excel writes. Every row is checked before anything is stored; one bad row refuses the whole
 * file with a 400 that lists every bad row and field, so a file is imported completely or not at all.
 */
@Service
public class CustomerImport {

    /** The columns, in any order; the first line of the file names them. */
    public static final List<String> HEADER = List.of("code", "name", "contactName", "contactEmail", "contactPhone");
    static final int MAX_ROWS = 5_000;

    /** What the import stored. */
    public record Imported(int customers, int contacts, List<String> codes) {
    }

    private final CustomerDesk desk;
    private final Validator validator;

    CustomerImport(CustomerDesk desk, Validator validator) {
        this.desk = desk;
        this.validator = validator;
    }

    @Transactional
    public Imported importCsv(byte[] body) {
        var rows = parse(decode(body));
        var problems = new ArrayList<FieldProblem>();
        Map<String, CustomerRows> byCode = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            long line = row.getRecordNumber() + 1; // the header is line 1, as Excel numbers rows
            String prefix = "row " + line + ": ";
            var contact = new ContactInput(row.get("contactName"), row.get("contactEmail"), BlankText.toNull(row.get("contactPhone")));
            validator.validate(contact).forEach(v -> problems.add(new FieldProblem(prefix + "contact"
                    + capitalized(v.getPropertyPath().toString()), v.getMessage())));
            String code = row.get("code");
            var customer = byCode.computeIfAbsent(code, c -> new CustomerRows(c, row.get("name"), line));
            if (!customer.name.equals(row.get("name"))) {
                problems.add(new FieldProblem(prefix + "name", "与第 " + customer.firstLine + " 行同一客户的名称不同 / "
                        + "differs from the name of the same customer in row " + customer.firstLine));
            }
            customer.contacts.add(contact);
            customer.lines.add(line);
        }
        for (CustomerRows customer : byCode.values()) {
            var input = new CustomerInput(customer.code, customer.name, customer.contacts, true);
            String prefix = "row " + customer.firstLine + ": ";
            validator.validate(input).stream().filter(v -> !v.getPropertyPath().toString().startsWith("contacts"))
                    .forEach(v -> problems.add(new FieldProblem(prefix + v.getPropertyPath(), v.getMessage())));
            desk.problemsOfNew(input, "").forEach(p -> problems.add(relocated(p, customer)));
            if (customer.code != null && !customer.code.isBlank() && desk.exists(customer.code.strip())) {
                problems.add(new FieldProblem(prefix + "code", "客户代码已存在 / customer code already exists"));
            }
        }
        if (!problems.isEmpty()) {
            throw CustomerProblem.invalid(problems);
        }
        var codes = new ArrayList<String>();
        int contacts = 0;
        for (CustomerRows customer : byCode.values()) {
            codes.add(desk.create(new CustomerInput(customer.code, customer.name, customer.contacts, true)).getCode());
            contacts += customer.contacts.size();
        }
        return new Imported(codes.size(), contacts, codes);
    }

    /** A problem of the customer built from several rows, told at the row it comes from. */
    private static FieldProblem relocated(FieldProblem problem, CustomerRows customer) {
        var contact = java.util.regex.Pattern.compile("contacts\\[(\\d+)]\\.(\\w+)").matcher(problem.field());
        if (contact.matches()) {
            long line = customer.lines.get(Integer.parseInt(contact.group(1)));
            return new FieldProblem("row " + line + ": contact" + capitalized(contact.group(2)), problem.message());
        }
        return new FieldProblem("row " + customer.firstLine + ": " + problem.field(), problem.message());
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw CustomerProblem.invalid(List.of(new FieldProblem("file",
                    "不是 UTF-8 编码，请在 Excel 中另存为“CSV UTF-8” / is not UTF-8; save it from Excel as \"CSV UTF-8\"")));
        }
    }

    private static List<CSVRecord> parse(String text) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).build();
        try (var parser = format.parse(new StringReader(text))) {
            var missing = HEADER.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw CustomerProblem.invalid(List.of(new FieldProblem("header", "缺少列 / missing columns: "
                        + String.join(", ", missing) + " (expected " + String.join(",", HEADER) + ")")));
            }
            var records = new ArrayList<CSVRecord>();
            for (CSVRecord record : parser) {
                if (records.size() == MAX_ROWS) {
                    throw CustomerProblem.invalid(List.of(new FieldProblem("file",
                            "最多 " + MAX_ROWS + " 行 / at most " + MAX_ROWS + " rows per file")));
                }
                if (!record.isConsistent()) {
                    throw CustomerProblem.invalid(List.of(new FieldProblem("row " + (record.getRecordNumber() + 1),
                            "列数与表头不一致 / has " + record.size() + " columns, the header " + HEADER.size())));
                }
                records.add(record);
            }
            if (records.isEmpty()) {
                throw CustomerProblem.invalid(List.of(new FieldProblem("file", "没有数据行 / has no rows")));
            }
            return records;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // Commons CSV reports a broken quote or a duplicate header column this way.
            throw CustomerProblem.invalid(List.of(new FieldProblem("file", "无法解析 CSV / is not valid CSV: "
                    + e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The rows of one customer code, in file order. */
    private static final class CustomerRows {
        final String code;
        final String name;
        final long firstLine;
        final List<ContactInput> contacts = new ArrayList<>();
        final List<Long> lines = new ArrayList<>();

        CustomerRows(String code, String name, long firstLine) {
            this.code = code;
            this.name = name;
            this.firstLine = firstLine;
        }
    }
}
