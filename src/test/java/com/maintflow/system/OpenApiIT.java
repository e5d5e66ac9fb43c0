package com.maintflow.system;

import static com.maintflow.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@code /v3/api-docs} describes every {@code /api} endpoint the application serves (each handler mapping, each HTTP
 * method), with its problem+json answers, for staff only; Swagger UI shows it.
 */
@MaintFlowIntegrationTest
class OpenApiIT extends HttpJourneyTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyApiEndpointIsDescribed() {
        // given: what the application serves under /api
        List<String> served = new ArrayList<>();
        handlerMapping.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/") || pattern.equals("/api"))
                .forEach(pattern -> methods(mapping.getMethodsCondition().getMethods())
                        .forEach(method -> served.add(method + " " + withoutRegex(pattern)))));
        assertThat(served).contains("POST /api/requests", "GET /api/archive/verify-chain");

        // when
        JsonNode paths = apiDocs().path("paths");

        // then
        assertThat(served).allSatisfy(endpoint -> {
            String[] parts = endpoint.split(" ", 2);
            assertThat(paths.path(parts[1]).has(parts[0].toLowerCase())).as("%s described", endpoint).isTrue();
        });
        List<String> described = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));
        assertThat(described).as("only what is served").containsExactlyInAnyOrderElementsOf(Set.copyOf(served));
    }

    @Test
    void errorsAreDescribedAsProblemDetails() {
        JsonNode docs = apiDocs();

        assertThat(docs.at("/components/schemas/Problem/properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "errors");
        var intake = docs.at("/paths/~1api~1requests/post");
        assertThat(intake.path("security")).isEmpty();
        assertThat(intake.path("responses").fieldNames()).toIterable()
                .contains("201", "400", "413", "415", "422", "429", "503");
        assertThat(problemSchema(intake, "422")).isEqualTo(PROBLEM_REF);
        var archive = docs.at("/paths/~1api~1archive~1{ticket}/get");
        assertThat(archive.path("responses").fieldNames()).toIterable().contains("200", "401", "403", "404");
        assertThat(problemSchema(archive, "404")).isEqualTo(PROBLEM_REF);
        docs.path("paths").forEach(item -> item.forEach(operation -> operation.path("responses").fields()
                .forEachRemaining(answer -> {
                    if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                        assertThat(problemSchema(operation, answer.getKey())).as("%s %s",
                                operation.path("operationId").asText(), answer.getKey()).isEqualTo(PROBLEM_REF);
                    }
                })));
    }

    @Test
    void descriptionAndSwaggerUiAreForStaffOnly() {
        assertProblem(api.anonymous().get("/v3/api-docs"), 401);
        assertThat(api.anonymous().get("/swagger-ui/index.html").status()).isEqualTo(401);

        var page = api.as(Staff.ENG1).get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Swagger UI");
    }

    private JsonNode apiDocs() {
        var answer = api.as(Staff.CS1).get("/v3/api-docs");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    private static String problemSchema(JsonNode operation, String status) {
        return operation.at("/responses/" + status + "/content/application~1problem+json/schema/$ref").asText();
    }

    /** A mapping without methods answers every method; springdoc lists it under each. */
    private static Set<RequestMethod> methods(Set<RequestMethod> declared) {
        return declared.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT,
                RequestMethod.DELETE, RequestMethod.PATCH) : declared;
    }

    private static String withoutRegex(String pattern) {
        return pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }
}
