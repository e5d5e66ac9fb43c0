package com.maintflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Takes a request through the process over HTTP only, each step done by the staff member whose group
 * it belongs to: intake through MaintFlow's API, user tasks through Camunda's REST API as Tasklist
 * does (list the caller's tasks, then {@code submit-form}).
 */
public final class RequestJourney {

    public static final String REVIEW = "Task_ReviewRequest";
    public static final String IMPLEMENT = "Task_ImplementMaintenance";
    public static final String RECORD_ACCEPTANCE = "Task_RecordAcceptanceAnswer";
    public static final String RECORD_OPINION = "Task_RecordCustomerOpinion";
    public static final String WRITE_SUMMARY = "Task_WriteMaintenanceSummary";
    public static final String CONFIRM_CLOSURE = "Task_ConfirmClosure";
    public static final String CONFIRM_ARCHIVING = "Task_ConfirmArchiving";

    private final MaintFlowApi api;

    public RequestJourney(MaintFlowApi api) {
        this.api = api;
    }

    /** Submits the request anonymously, as a customer would, and returns its ticket. */
    public String submit(IntakeBody body) {
        var created = api.anonymous().postJson("/api/requests", body.fields());
        assertThat(created.status()).as("intake answer %s", created).isEqualTo(201);
        return created.json().get("ticket").asText();
    }

    /** {@code GET /api/requests/{ticket}} as customer service. */
    public JsonNode view(String ticket) {
        var view = api.as(Staff.CS1).get("/api/requests/" + ticket);
        assertThat(view.status()).as("request view %s", view).isEqualTo(200);
        return view.json();
    }

    /** The ticket's tasks Camunda's REST API lists for {@code staff}. */
    public List<JsonNode> tasksVisibleTo(Staff staff, String ticket) {
        var tasks = api.as(staff).get("/engine-rest/task?processInstanceBusinessKey="
                + URLEncoder.encode(ticket, StandardCharsets.UTF_8));
        assertThat(tasks.status()).as("task list %s", tasks).isEqualTo(200);
        return StreamSupport.stream(tasks.json().spliterator(), false).toList();
    }

    public Optional<JsonNode> taskVisibleTo(Staff staff, String ticket, String taskDefinitionKey) {
        return tasksVisibleTo(staff, ticket).stream()
                .filter(task -> taskDefinitionKey.equals(task.get("taskDefinitionKey").asText()))
                .findFirst();
    }

    public HttpResult submitForm(Staff staff, String taskId, Map<String, Object> variables) {
        return api.as(staff).postJson("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    /** Finds the step's task among those {@code staff} can see and submits its form. */
    public void work(Staff staff, String ticket, String taskDefinitionKey, Map<String, Object> variables) {
        var task = taskVisibleTo(staff, ticket, taskDefinitionKey).orElseThrow(() -> new AssertionError(
                staff.userId() + " sees no " + taskDefinitionKey + " for " + ticket));
        var submitted = submitForm(staff, task.get("id").asText(), variables);
        // A job executor (of any test context in this JVM) may be firing this task's SLA timer at the same
        // moment; Camunda then refuses the completion with an optimistic-locking conflict, which a person in
        // Tasklist would simply submit again. So do we, a bounded number of times.
        for (int retry = 0; retry < 3 && isConcurrentUpdate(submitted); retry++) {
            submitted = submitForm(staff, task.get("id").asText(), variables);
        }
        assertThat(submitted.status()).as("%s submitting %s: %s", staff.userId(), taskDefinitionKey, submitted)
                .isEqualTo(204);
    }

    private static boolean isConcurrentUpdate(HttpResult result) {
        return result.status() == 500 && result.body().contains("updated by another transaction concurrently");
    }

    public void review(String ticket) {
        work(Staff.CS1, ticket, REVIEW, FormInputs.reviewImmediateDefect());
    }

    public void implement(String ticket) {
        work(Staff.ENG1, ticket, IMPLEMENT, FormInputs.implementation());
    }

    public void recordAcceptance(String ticket, boolean accepted) {
        work(Staff.CS1, ticket, RECORD_ACCEPTANCE, FormInputs.acceptance(accepted));
    }

    public void recordOpinion(String ticket) {
        work(Staff.CS1, ticket, RECORD_OPINION, FormInputs.opinion(5));
    }

    public void writeSummary(String ticket) {
        work(Staff.CS1, ticket, WRITE_SUMMARY, FormInputs.summary());
    }

    public void confirmClosure(String ticket) {
        work(Staff.CS1, ticket, CONFIRM_CLOSURE, FormInputs.confirmation());
    }

    /** 归档确认 by the document manager; the job executor then seals the request. */
    public void confirmArchiving(String ticket) {
        work(Staff.DOC1, ticket, CONFIRM_ARCHIVING, FormInputs.archivingConfirmation());
    }
}
