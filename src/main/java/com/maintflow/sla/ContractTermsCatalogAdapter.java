package com.maintflow.sla;

import com.maintflow.calendar.BusinessCalendars;
import com.maintflow.customer.ContractTermsCatalog;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Tells the customer capability which service levels and calendars a contract may name: the levels come from the
 * latest deployed {@code sla-targets.dmn} (its {@code serviceLevel} input's allowed values, else the levels its rules
 * name), so a designer who adds a level to the table makes it available to contracts without a code change.
 */
@Component
class ContractTermsCatalogAdapter implements ContractTermsCatalog {

    private static final String SERVICE_LEVEL_INPUT = "serviceLevel";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final RepositoryService repositoryService;
    private final BusinessCalendars calendars;

    ContractTermsCatalogAdapter(RepositoryService repositoryService, BusinessCalendars calendars) {
        this.repositoryService = repositoryService;
        this.calendars = calendars;
    }

    @Override
    public Set<String> serviceLevels() {
        var definition = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(SlaTargetsDecision.DECISION_KEY).latestVersion().singleResult();
        if (definition == null) {
            return Set.of();
        }
        var model = repositoryService.getDmnModelInstance(definition.getId());
        var table = model.getModelElementsByType(DecisionTable.class).iterator().next();
        var inputs = table.getInputs().stream().toList();
        int column = -1;
        for (int i = 0; i < inputs.size(); i++) {
            if (SERVICE_LEVEL_INPUT.equals(inputs.get(i).getInputExpression().getText().getTextContent().strip())) {
                column = i;
            }
        }
        if (column < 0) {
            return Set.of();
        }
        Input input = inputs.get(column);
        var levels = new LinkedHashSet<String>();
        if (input.getInputValues() != null) {
            quoted(input.getInputValues().getText().getTextContent(), levels);
        }
        if (levels.isEmpty()) {
            for (Rule rule : table.getRules()) {
                quoted(rule.getInputEntries().stream().toList().get(column).getTextContent(), levels);
            }
        }
        return Set.copyOf(levels);
    }

    @Override
    public Set<String> calendars() {
        return calendars.names();
    }

    private static void quoted(String text, Set<String> into) {
        Matcher m = QUOTED.matcher(text == null ? "" : text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
