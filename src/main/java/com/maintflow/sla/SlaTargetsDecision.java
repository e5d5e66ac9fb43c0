package com.maintflow.sla;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Evaluates the latest deployed {@code processes/sla-targets.dmn} for a contract level and a classification. */
@Component
class SlaTargetsDecision {

    static final String DECISION_KEY = "SlaTargets";

    private final DecisionService decisions;

    SlaTargetsDecision(DecisionService decisions) {
        this.decisions = decisions;
    }

    SlaTargets targetsFor(String ticket, String serviceLevel, String severity, String serviceKind) {
        var result = decisions.evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
                .putValue("serviceLevel", serviceLevel)
                .putValue("severity", severity)
                .putValue("serviceKind", serviceKind));
        if (result.isEmpty()) {
            // The table covers every enumerated value, so no match means a contract or form outside them.
            throw new IllegalStateException("No SLA targets for " + ticket + ": serviceLevel=" + serviceLevel
                    + ", severity=" + severity + ", serviceKind=" + serviceKind);
        }
        var row = result.getFirstResult();
        return new SlaTargets(number(row.getEntry("responseMinutes")), number(row.getEntry("resolutionMinutes")),
                number(row.getEntry("planDueMinutes")), row.getEntry("calendar"));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
