package com.maintflow.charging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules of the shipped decision table {@code processes/maintenance-charging.dmn}, evaluated by the real engine. */
@Deployment(resources = "processes/maintenance-charging.dmn")
class MaintenanceChargingDecisionTest {

  private static final String DECISION_KEY = "MaintenanceCharging";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @Test
  void customerCausedWorkIsPaid() {
    // given: a defect within spec after warranty, which alone would be free
    ChargingCase request = ChargingCase.afterWarranty("DEFECT").inSpecScope().causedByCustomer();

    // when
    String charging = evaluate(request);

    // then
    assertThat(charging).isEqualTo("PAID");
  }

  @Test
  void workWithinFreePeriodIsFree() {
    // given: work that would be paid after warranty
    ChargingCase request = ChargingCase.afterWarranty("USAGE").inFreePeriod();

    // when
    String charging = evaluate(request);

    // then
    assertThat(charging).isEqualTo("FREE");
  }

  @Test
  void defectWithinSpecScopeStaysFreeAfterWarranty() {
    // given
    ChargingCase request = ChargingCase.afterWarranty("DEFECT").inSpecScope();

    // when
    String charging = evaluate(request);

    // then
    assertThat(charging).isEqualTo("FREE");
  }

  @Test
  void defectOutsideSpecScopeAfterWarrantyIsPaid() {
    // given
    ChargingCase request = ChargingCase.afterWarranty("DEFECT");

    // when
    String charging = evaluate(request);

    // then
    assertThat(charging).isEqualTo("PAID");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CONSULTATION", "PATCH_UPGRADE", "VULNERABILITY", "DATA_STRUCTURE",
      "USER_PERMISSION", "USAGE", "USABILITY", "PERFORMANCE"})
  void otherWorkAfterWarrantyIsPaidEvenWithinSpecScope(String serviceKind) {
    // given
    ChargingCase request = ChargingCase.afterWarranty(serviceKind).inSpecScope();

    // when
    String charging = evaluate(request);

    // then
    assertThat(charging).isEqualTo("PAID");
  }

  @Test
  void customerCausedFaultIsPaidEvenInWarranty() {
    // given: both the customer-caused row and the free-period row match
    ChargingCase request = ChargingCase.afterWarranty("DEFECT").inSpecScope().inFreePeriod().causedByCustomer();

    // when
    String charging = evaluate(request);

    // then: the customer-caused row stands first and wins
    assertThat(charging).isEqualTo("PAID");
    assertThat(matchedRuleIds()).containsExactly("Rule_CustomerCaused");
  }

  @ParameterizedTest(name = "customerCaused={0}, withinFreePeriod={1}, {2}, withinSpecScope={3} -> {4} by {5}")
  @CsvSource({
      "true,  true,  DEFECT,      true,  PAID, Rule_CustomerCaused",
      "true,  false, USAGE,       false, PAID, Rule_CustomerCaused",
      "false, true,  DEFECT,      true,  FREE, Rule_WithinFreePeriod",
      "false, true,  PERFORMANCE, false, FREE, Rule_WithinFreePeriod",
      "false, false, DEFECT,      true,  FREE, Rule_DefectWithinSpecScope",
      "false, false, DEFECT,      false, PAID, Rule_OtherWorkAfterWarranty",
      "false, false, USABILITY,   true,  PAID, Rule_OtherWorkAfterWarranty"
  })
  void firstMatchingRuleDecidesAndIsRecordedInHistory(boolean customerCaused, boolean withinFreePeriod,
      String serviceKind, boolean withinSpecScope, String expectedCharging, String expectedRuleId) {
    // given
    ChargingCase request = new ChargingCase(withinFreePeriod, withinSpecScope, customerCaused, serviceKind);

    // when
    String charging = evaluate(request);

    // then
    assertThat(charging).isEqualTo(expectedCharging);
    assertThat(matchedRuleIds()).containsExactly(expectedRuleId);
  }

  private static String evaluate(ChargingCase request) {
    return engine.getDecisionService()
        .evaluateDecisionTableByKey(DECISION_KEY, request.asVariables())
        .getSingleResult()
        .getSingleEntry();
  }

  /** Rule ids behind the outputs of the one evaluation this test's deployment has seen. */
  private static List<String> matchedRuleIds() {
    DecisionDefinition deployed = engine.getRepositoryService().createDecisionDefinitionQuery()
        .deploymentId(engine.getDeploymentId())
        .decisionDefinitionKey(DECISION_KEY)
        .singleResult();
    HistoricDecisionInstance evaluation = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionId(deployed.getId())
        .includeOutputs()
        .singleResult();
    return evaluation.getOutputs().stream()
        .map(HistoricDecisionOutputInstance::getRuleId)
        .toList();
  }

  /** Decision inputs as the process sets them; starts from paid-by-default work after warranty. */
  private record ChargingCase(boolean withinFreePeriod, boolean withinSpecScope, boolean customerCaused,
      String serviceKind) {

    static ChargingCase afterWarranty(String serviceKind) {
      return new ChargingCase(false, false, false, serviceKind);
    }

    ChargingCase inFreePeriod() {
      return new ChargingCase(true, withinSpecScope, customerCaused, serviceKind);
    }

    ChargingCase inSpecScope() {
      return new ChargingCase(withinFreePeriod, true, customerCaused, serviceKind);
    }

    ChargingCase causedByCustomer() {
      return new ChargingCase(withinFreePeriod, withinSpecScope, true, serviceKind);
    }

    VariableMap asVariables() {
      return Variables.createVariables()
          .putValue("withinFreePeriod", withinFreePeriod)
          .putValue("withinSpecScope", withinSpecScope)
          .putValue("customerCaused", customerCaused)
          .putValue("serviceKind", serviceKind);
    }
  }
}
