package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * The process tests of all classes together take every flow node and sequence flow of every BPMN in
 * {@code processes/}: the maintenance request is tested stage by stage in several classes, so no single class
 * covers it and this gate adds up the coverage reports Surefire wrote to {@code target/process-test-coverage/}
 * (camunda-process-test-coverage). It runs with the integration tests, after every process test; a stale report
 * from an earlier run counts too, so a reliable reading needs a clean build (as CI has).
 * {@code -Dmaintflow.process-coverage.at-least=0.9} lowers the bar while working on a diagram.
 */
class ProcessCoverageIT {

    /** Where camunda-process-test-coverage writes (its own property): the Operaton build has its own directory. */
    private static final Path REPORTS = Path.of(
            System.getProperty("camunda-process-test-coverage.target-dir-root", "target/process-test-coverage/"));

    @Test
    void processTestsTogetherTakeEveryFlowNodeAndSequenceFlowOfEveryProcess() throws IOException {
        double atLeast = Double.parseDouble(System.getProperty("maintflow.process-coverage.at-least", "1.0"));
        Map<String, Set<String>> covered = coveredElements();
        Map<String, Set<String>> missing = new TreeMap<>();
        Map<String, Double> coverage = new TreeMap<>();
        try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                var model = Bpmn.readModelFromFile(diagram.toFile());
                for (Process process : model.getModelElementsByType(Process.class)) {
                    Set<String> elements = new HashSet<>();
                    model.getModelElementsByType(FlowNode.class).forEach(node -> elements.add(node.getId()));
                    model.getModelElementsByType(SequenceFlow.class).forEach(flow -> elements.add(flow.getId()));
                    Set<String> notTaken = new HashSet<>(elements);
                    notTaken.removeAll(covered.getOrDefault(process.getId(), Set.of()));
                    coverage.put(process.getId(), 1.0 - (double) notTaken.size() / elements.size());
                    if (!notTaken.isEmpty()) {
                        missing.put(process.getId(), notTaken);
                    }
                }
            }
        }
        assertThat(coverage).as("process test coverage per process; never taken: %s", missing)
                .allSatisfy((process, share) -> assertThat(share).as(process).isGreaterThanOrEqualTo(atLeast));
    }

    /** Per process key, every element a process test passed (flow node started or ended, sequence flow taken). */
    private static Map<String, Set<String>> coveredElements() throws IOException {
        assertThat(REPORTS).as("process test coverage reports (run the unit and process tests first: mvn verify)")
                .isDirectory();
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> covered = new HashMap<>();
        List<Path> reports;
        try (Stream<Path> files = Files.walk(REPORTS)) {
            reports = files.filter(p -> p.getFileName().toString().equals("report.json")).toList();
        }
        for (Path report : reports) {
            for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
                for (JsonNode run : suite.path("runs")) {
                    for (JsonNode event : run.path("events")) {
                        covered.computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
                                .add(event.path("definitionKey").asText());
                    }
                }
            }
        }
        return covered;
    }
}
