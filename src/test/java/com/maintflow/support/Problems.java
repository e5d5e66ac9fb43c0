package com.maintflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/** Checks for RFC 7807 answers: status, {@code application/problem+json}, and the fields named in {@code errors}. */
public final class Problems {

    private Problems() {
    }

    /** Asserts {@code result} is a problem detail with {@code status} and returns its body. */
    public static JsonNode assertProblem(HttpResult result, int status) {
        assertThat(result.status()).as("status of %s", result).isEqualTo(status);
        assertThat(result.contentType()).as("content type of %s", result).startsWith("application/problem+json");
        var problem = result.json();
        assertThat(problem.path("status").asInt()).as("problem status").isEqualTo(status);
        assertThat(problem.path("title").asText()).as("problem title").isNotBlank();
        assertThat(result.body()).as("no stack trace to a client").doesNotContain("Exception", "\tat ");
        return problem;
    }

    /** The field names listed in the problem's {@code errors}, in order. */
    public static List<String> errorFields(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false)
                .map(error -> error.path("field").asText()).toList();
    }
}
