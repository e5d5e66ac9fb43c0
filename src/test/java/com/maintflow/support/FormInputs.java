package com.maintflow.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What staff enter in each step's form, as the typed variables of Camunda's REST
 * {@code submit-form} ({@code {"name": {"value": …, "type": …}}}). Numbers are Long and Double,
 * as Camunda Forms submit them.
 */
public final class FormInputs {

    public static final String ROOT_CAUSE = "导出模板缺少列定义 / Export template lacks a column definition";
    public static final String SOLUTION = "补充列定义并重新发布模板 / Added the column and republished the template";
    public static final String SUMMARY = "已修复导出模板，客户验收通过。 / Export template fixed, accepted by the customer.";

    private FormInputs() {
    }

    /** A corrective defect, handled immediately; neither outside the spec nor caused by the customer. */
    public static Map<String, Object> reviewImmediateDefect() {
        return variables(
                "maintenanceType", typed("CORRECTIVE", "String"),
                "serviceKind", typed("DEFECT", "String"),
                "severity", typed("MAJOR", "String"),
                "reviewOutcome", typed("IMMEDIATE", "String"),
                "withinSpecScope", typed(true, "Boolean"),
                "customerCaused", typed(false, "Boolean"),
                "reviewNote", typed("可立即修复 / Can be fixed right away", "String"));
    }

    public static Map<String, Object> implementation() {
        return variables(
                "rootCause", typed(ROOT_CAUSE, "String"),
                "solution", typed(SOLUTION, "String"),
                "hoursSpent", typed(2.5, "Double"));
    }

    public static Map<String, Object> acceptance(boolean accepted) {
        return variables(
                "accepted", typed(accepted, "Boolean"),
                "acceptanceNote", typed(accepted ? "导出正常 / Export works" : "仍然失败 / Still fails", "String"));
    }

    public static Map<String, Object> opinion(long satisfaction) {
        return variables(
                "satisfaction", typed(satisfaction, "Long"),
                "customerOpinion", typed("响应及时 / Quick response", "String"));
    }

    public static Map<String, Object> summary() {
        return variables("summary", typed(SUMMARY, "String"));
    }

    public static Map<String, Object> confirmation() {
        return variables("confirmed", typed(true, "Boolean"));
    }

    public static Map<String, Object> archivingConfirmation() {
        return variables("archivingChecked", typed(true, "Boolean"));
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    private static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
