package com.maintflow.sla;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * What a user task does to the SLA clocks, as the process designer declares it in the BPMN with
 * {@code camunda:properties} on the task (Modeler: Extension properties), so no step id is named in Java:
 * <ul>
 * <li>{@code slaClock} — the clock the step works against: its deadline is the task's due date, and the step is the
 * late step that clock's escalation acts on (e.g. {@code RESOLUTION} on the implementation);</li>
 * <li>{@code slaStart} — clocks that start (counted from receipt) when the task is created;</li>
 * <li>{@code slaStopOnStart} — clocks that stop when the task is created (reaching the step is what they measure);</li>
 * <li>{@code slaStopOnClaim} — clocks that stop at the first staff action on the task: claim or completion;</li>
 * <li>{@code slaStopOnComplete} — clocks that stop when the task is completed (e.g. the complaint's reply);</li>
 * <li>{@code slaPause} {@code true} — every running clock pauses while the task is open (waiting on the customer);</li>
 * <li>{@code slaClassify} {@code true} — completing the task applies the SLA targets for its {@code severity},
 * {@code serviceKind} and {@code reviewOutcome}.</li>
 * </ul>
 * Clock lists are comma-separated {@link ClockKind} names.
 */
record SlaStep(Optional<ClockKind> clock, Set<ClockKind> start, Set<ClockKind> stopOnStart, Set<ClockKind> stopOnClaim,
               Set<ClockKind> stopOnComplete, boolean pause, boolean classify) {

    static final SlaStep NONE = new SlaStep(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), false, false);

    /** The properties of a BPMN element; a missing element or one without them does nothing to the clocks. */
    static SlaStep of(BaseElement element) {
        var properties = properties(element);
        if (properties.isEmpty()) {
            return NONE;
        }
        return new SlaStep(value(properties, "slaClock").map(ClockKind::valueOf), clocks(properties, "slaStart"),
                clocks(properties, "slaStopOnStart"), clocks(properties, "slaStopOnClaim"),
                clocks(properties, "slaStopOnComplete"),
                value(properties, "slaPause").map(Boolean::parseBoolean).orElse(false),
                value(properties, "slaClassify").map(Boolean::parseBoolean).orElse(false));
    }

    /** One {@code camunda:property} of a BPMN element (e.g. {@code escalationLevel}), blank counting as absent. */
    static Optional<String> property(BaseElement element, String name) {
        return value(properties(element), name);
    }

    private static java.util.List<CamundaProperty> properties(BaseElement element) {
        if (element == null || element.getExtensionElements() == null) {
            return java.util.List.of();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                .list().stream().flatMap(p -> p.getCamundaProperties().stream()).toList();
    }

    private static Optional<String> value(java.util.List<CamundaProperty> properties, String name) {
        return properties.stream().filter(p -> name.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst();
    }

    private static Set<ClockKind> clocks(java.util.List<CamundaProperty> properties, String name) {
        return value(properties, name).map(list -> {
            Set<ClockKind> kinds = EnumSet.noneOf(ClockKind.class);
            Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(ClockKind::valueOf).forEach(kinds::add);
            return Set.copyOf(kinds);
        }).orElse(Set.of());
    }
}
