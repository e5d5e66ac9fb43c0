package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.maintflow.support.MaintFlowIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What a process designer sees in {@code processes/} is wired: every {@code ${bean}} a BPMN names as delegate or
 * listener is a bean of the running application and has a Modeler element template in
 * {@code config/element-templates/}, and every form a user task or start event names is one of {@code forms/}.
 */
@MaintFlowIntegrationTest
class ProcessWiringIT {

    private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired ApplicationContext context;

    @Test
    void everyDelegateAndListenerIsABeanWithAnElementTemplate() throws IOException {
        Set<String> beans = new TreeSet<>();
        for (BpmnModelInstance model : models()) {
            model.getModelElementsByType(ServiceTask.class).forEach(t -> bean(t.getCamundaDelegateExpression(), beans));
            model.getModelElementsByType(CamundaTaskListener.class)
                    .forEach(l -> bean(l.getCamundaDelegateExpression(), beans));
            model.getModelElementsByType(CamundaExecutionListener.class)
                    .forEach(l -> bean(l.getCamundaDelegateExpression(), beans));
        }
        String templates = templateValues();

        assertThat(beans).as("delegates and listeners named in processes/").isNotEmpty();
        assertThat(beans).allSatisfy(bean -> {
            assertThat(context.containsBean(bean)).as("bean %s", bean).isTrue();
            assertThat(templates).as("element template for ${%s}", bean).contains("${" + bean + "}");
        });
    }

    @Test
    void everyFormReferenceResolvesToAFormOfTheFormsFolder() throws IOException {
        Set<String> formIds = new TreeSet<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                formIds.add(JSON.readTree(form.toFile()).path("id").asText());
            }
        }
        List<String> references = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            model.getModelElementsByType(UserTask.class).forEach(t -> references.add(t.getCamundaFormRef()));
            model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
                    .filter(ref -> ref != null).forEach(references::add);
        }

        assertThat(references).as("every user task names a form").doesNotContainNull();
        assertThat(references).allSatisfy(ref -> assertThat(formIds).as("form %s", ref).contains(ref));
    }

    private static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().map(p -> Bpmn.readModelFromFile(p.toFile()))
                    .toList();
        }
    }

    private static void bean(String expression, Set<String> into) {
        if (expression != null) {
            Matcher m = BEAN.matcher(expression.strip());
            assertThat(m.matches()).as("delegate expression %s names one bean", expression).isTrue();
            into.add(m.group(1));
        }
    }

    /** Every template's bound values, concatenated, e.g. {@code ${sendQuoteDelegate}} or the listener's description. */
    private static String templateValues() throws IOException {
        var all = new StringBuilder();
        try (Stream<Path> templates = Files.list(Path.of("config", "element-templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".json")).toList()) {
                all.append(Files.readString(template)).append('\n');
            }
        }
        return all.toString();
    }
}
