package com.maintflow.system;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of form variables. Camunda Forms submit numbers as Long or Double and may omit an
 * untouched checkbox, so the conversions live here once.
 */
public final class Variables {

    private Variables() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    public static String requiredText(VariableScope scope, String name) {
        String value = text(scope, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Variable '" + name + "' is required");
        }
        return value;
    }

    /** A checkbox: absent means unchecked. */
    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    public static BigDecimal decimal(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalArgumentException("Variable '" + name + "' is required");
        }
        return new BigDecimal(value.toString());
    }

    public static int integer(VariableScope scope, String name) {
        return decimal(scope, name).intValueExact();
    }
}
