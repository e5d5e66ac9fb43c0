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

    /**
     * A yes/no decision the form asks for explicitly (同意 / 不同意): a Boolean, or its text from a client that sends
     * strings. Absent or anything else is refused, so a forgotten answer never counts as "no".
     */
    public static boolean decision(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null && ("true".equalsIgnoreCase(value.toString()) || "false".equalsIgnoreCase(value.toString()))) {
            return Boolean.parseBoolean(value.toString());
        }
        throw new IllegalArgumentException("请选择一项答复 / Choose an answer: variable '" + name
                + "' must be true or false");
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
