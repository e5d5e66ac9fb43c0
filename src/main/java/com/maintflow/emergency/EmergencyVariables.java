package com.maintflow.emergency;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the instance's emergency id (process variable {@value EmergencyResponses#EMERGENCY_ID}). */
final class EmergencyVariables {

    private EmergencyVariables() {
    }

    static long emergencyId(VariableScope scope) {
        Object id = scope.getVariable(EmergencyResponses.EMERGENCY_ID);
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("Process variable " + EmergencyResponses.EMERGENCY_ID + " is missing");
        }
        return number.longValue();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
