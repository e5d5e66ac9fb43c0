package com.maintflow.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One HTTP answer: status, headers and body, with the body readable as JSON. */
public record HttpResult(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Expected a JSON body (status " + status + "), got: " + body, e);
        }
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + headers.map() + " " + body;
    }
}
