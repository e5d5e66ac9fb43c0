package com.maintflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules of the shipped decision table {@code processes/sla-targets.dmn}, one case per rule row, by the real engine. */
@Deployment(resources = "processes/sla-targets.dmn")
class SlaTargetsDecisionTest {

    private static final String DECISION_KEY = "SlaTargets";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @ParameterizedTest(name = "{0} {1} {2} -> {3}/{4}/{5} min on {6} by {7}")
    @CsvSource({
        "PREMIUM,  LOW,      USABILITY,   10, 10080, 1440, 7x24, Rule_PremiumUsability",
        "PREMIUM,  GENERAL,  PERFORMANCE, 10, 43200, 1440, 7x24, Rule_PremiumPerformance",
        "PREMIUM,  GENERAL,  DEFECT,      10,   120,  120, 7x24, Rule_PremiumFault",
        "STANDARD, MAJOR,    USABILITY,   10, 10080, 1440, 7x24, Rule_UrgentUsability",
        "STANDARD, CRITICAL, PERFORMANCE, 10, 43200, 1440, 7x24, Rule_UrgentPerformance",
        "STANDARD, CRITICAL, DEFECT,      10,   120,  120, 7x24, Rule_UrgentFault",
        "STANDARD, GENERAL,  USABILITY,   10,  2250,  450, 5x8,  Rule_UsabilityInHours",
        "STANDARD, LOW,      PERFORMANCE, 10,  9900,  450, 5x8,  Rule_PerformanceInHours",
        "STANDARD, GENERAL,  DEFECT,      10,   120,  120, 5x8,  Rule_FaultInHours"
    })
    void eachRuleRowGivesItsTargets(String serviceLevel, String severity, String serviceKind, int response,
                                    int resolution, int planDue, String calendar, String ruleId) {
        // when
        Map<String, Object> targets = evaluate(serviceLevel, severity, serviceKind);

        // then
        assertThat(targets).containsExactlyInAnyOrderEntriesOf(Map.of("responseMinutes", response,
                "resolutionMinutes", resolution, "planDueMinutes", planDue, "calendar", calendar));
        assertThat(matchedRuleIds()).containsOnly(ruleId);
    }

    @Test
    void faultOfAStandardContractIsResolvedWithinTwoWorkingHoursOfTheWorkingHoursCalendar() {
        // given: consultation is not a fault kind of its own, it falls to the fault row
        Map<String, Object> targets = evaluate("STANDARD", "LOW", "CONSULTATION");

        // then
        assertThat(targets).containsEntry("resolutionMinutes", 120).containsEntry("calendar", "5x8");
    }

    @Test
    void unknownServiceLevelMatchesNoRowSoTheCallerCannotGuessATarget() {
        // when
        DmnDecisionTableResult result = engine.getDecisionService().evaluateDecisionTableByKey(DECISION_KEY,
                Variables.createVariables().putValue("serviceLevel", "GOLD").putValue("severity", "CRITICAL")
                        .putValue("serviceKind", "DEFECT"));

        // then
        assertThat(result).isEmpty();
    }

    private static Map<String, Object> evaluate(String serviceLevel, String severity, String serviceKind) {
        return engine.getDecisionService().evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
                        .putValue("serviceLevel", serviceLevel)
                        .putValue("severity", severity)
                        .putValue("serviceKind", serviceKind))
                .getSingleResult().getEntryMap();
    }

    /** Rule ids behind the outputs of the one evaluation this test's deployment has seen. */
    private static List<String> matchedRuleIds() {
        DecisionDefinition deployed = engine.getRepositoryService().createDecisionDefinitionQuery()
                .deploymentId(engine.getDeploymentId()).decisionDefinitionKey(DECISION_KEY).singleResult();
        HistoricDecisionInstance evaluation = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionId(deployed.getId()).includeOutputs().singleResult();
        return evaluation.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId).toList();
    }
}
