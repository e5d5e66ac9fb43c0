package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Customer text reaches staff in Tasklist's Camunda Forms only through form-js "text" components with plain
 * {@code {{variable}}} templates: form-js evaluates the template to Markdown, renders it and runs the HTML through
 * its sanitizer, which drops scripts, event handlers and javascript: URLs. An "html" or "iframe" component, or a
 * FEEL expression building markup, would bypass that, so none may appear. The sanitizer still lets a Markdown link
 * through, so customer-written text (title, description) reaches a form only inside {@code requestSummary}, which
 * {@code tasklist/RequestSummary} escapes; templates name only that, the system-made ticket number and
 * {@code escalationSummary} (clock, deadline and BPMN step name from {@code sla/EscalationSummary}, no customer text);
 * complaint forms name the system-made {@code complaintNumber} and {@code complaintSummary}, escaped the same way
 * ({@code complaint/ComplaintTaskListener}), and the aftercare summaries {@code surveySummary} and
 * {@code returnVisitSummary} ({@code tasklist/FormText}), and the knowledge base's {@code similarFaults}, whose article text
 * is escaped the same way and whose only links are built from an article id and a MaintFlow ticket number.
 */
class FormTemplatingTest {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern PLAIN_VARIABLE = Pattern.compile("\\s*[A-Za-z][A-Za-z0-9]*\\s*");
    private static final Set<String> TEMPLATED_VARIABLES = Set.of("ticket", "requestSummary", "escalationSummary",
            "complaintNumber", "complaintSummary", "surveySummary", "returnVisitSummary",
            // training forms (training/TrainingTaskListener): system-made number and session, escaped summaries
            "trainingNumber", "trainingSummary", "attendeeList", "sessionNumber", "sessionLine",
            // review and implementation forms: similar solved faults, escaped (knowledge/SimilarFaults)
            "similarFaults",
            // confirm-archiving.form (archive/ArchiveChecklist): section counts and literal file names
            "archiveChecklist");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void formsShowProcessVariablesOnlyThroughSanitizedTextTemplates() throws IOException {
        // given
        List<JsonNode> components = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                collect(JSON.readTree(form.toFile()), components);
            }
        }

        // then
        assertThat(components).isNotEmpty();
        assertThat(components).extracting(c -> c.path("type").asText()).doesNotContain("html", "iframe");
        for (JsonNode component : components) {
            String text = component.path("text").asText("");
            assertThat(text).as("text of %s", component.path("id")).doesNotStartWith("=").doesNotContain("{{{");
            var template = TEMPLATE.matcher(text);
            while (template.find()) {
                assertThat(template.group(1)).as("template in %s", component.path("id")).matches(PLAIN_VARIABLE);
                assertThat(template.group(1).strip()).as("template in %s", component.path("id"))
                        .isIn(TEMPLATED_VARIABLES);
            }
        }
    }

    @Test
    void everyTicketTaskFormOpensWithTheRequestSummary() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                List<String> ids = new ArrayList<>();
                JSON.readTree(form.toFile()).path("components").forEach(c -> ids.add(c.path("id").asText()));
                if (ids.contains("Text_Ticket")) {
                    assertThat(ids.get(ids.indexOf("Text_Ticket") + 1)).as("%s", form).isEqualTo("Text_RequestSummary");
                }
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        for (JsonNode component : node.path("components")) {
            into.add(component);
            collect(component, into);
        }
    }
}
