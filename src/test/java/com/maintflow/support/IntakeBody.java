package com.maintflow.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bodies for {@code POST /api/requests}: a complete, valid request for a demo customer, and named
 * variations of it (a field changed or left out) for the validation tests.
 */
public final class IntakeBody {

    /** Demo customer whose contract is in warranty: its requests are free. */
    public static final String CUSTOMER_IN_WARRANTY = "C-WARRANTY";

    private final Map<String, Object> fields;

    private IntakeBody(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static IntakeBody validFor(String customerCode) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("customerCode", customerCode);
        fields.put("contactName", "张伟 / Zhang Wei");
        fields.put("contactEmail", "zhang.wei@warranty.example");
        fields.put("contactPhone", "+86 10 6552 0000");
        fields.put("channel", "WEB");
        fields.put("system", "财务系统 / Finance system");
        fields.put("title", "月末报表导出失败 / Month-end report export fails");
        fields.put("description", "导出月末报表时出现错误 500。 / Exporting the month-end report answers error 500.");
        return new IntakeBody(fields);
    }

    public static IntakeBody valid() {
        return validFor(CUSTOMER_IN_WARRANTY);
    }

    public IntakeBody with(String field, Object value) {
        var changed = new LinkedHashMap<>(fields);
        changed.put(field, value);
        return new IntakeBody(changed);
    }

    public IntakeBody without(String... fieldNames) {
        var changed = new LinkedHashMap<>(fields);
        for (String name : fieldNames) {
            changed.remove(name);
        }
        return new IntakeBody(changed);
    }

    public Map<String, Object> fields() {
        return Map.copyOf(fields);
    }
}
