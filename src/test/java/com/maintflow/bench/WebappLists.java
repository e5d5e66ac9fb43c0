package com.maintflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.maintflow.support.CockpitSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the webapps ask the server for, over HTTP as a browser would. Cockpit's lists as a supervisor ({@code sup1})
 * opens them, with Cockpit's own session login and CSRF token: the process list with its instance counts (Cockpit's
 * plugin statistics), the running instances of the maintenance request process (page of 50 and its count, Cockpit's
 * plugin query) and the history list ({@code /engine-rest/history/process-instance}, newest first, and its count).
 * And Tasklist's calls as {@code cs1} through {@code /engine-rest}: the candidate-group task page sorted by due date
 * and the desk's filter 我组待办 (list and count), so the rewrite is measured end to end, JSON included.
 */
final class WebappLists {

    private static final String USER = "sup1";
    private static final String PASSWORD = "demo";
    private static final String PLUGIN = "/camunda/api/cockpit/plugin/base/default";
    private static final long BUDGET_NANOS = 15_000_000_000L;
    /** Camunda Tasklist 7.24's request body for a filter's list, with its default sort. */
    private static final String TASKLIST_LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],"
            + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],"
            + "\"active\":true}";

    private final String base;
    private final int queries;
    private final ObjectMapper json = new ObjectMapper();
    private final CockpitSession session;
    private boolean loggedIn;

    WebappLists(int port, int queries) {
        this.base = "http://127.0.0.1:" + port;
        this.queries = queries;
        this.session = new CockpitSession(port, USER, PASSWORD);
    }

    /**
     * Tasklist's calls as cs1 over /engine-rest: call name → tasks it reports and its p50 / p95. The filter calls
     * send what Tasklist's own page sends when a filter is opened (its bootstrap script: 15 tasks, newest first).
     */
    Map<String, Object> tasklist(String label, String phase, Map<String, String> filterIds) throws Exception {
        Progress.say(label + " Tasklist over /engine-rest as cs1 (" + phase + ")");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("GET /task candidateGroup page", call(restGet("cs1", "/engine-rest/task?candidateGroup=customer-service"
                + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50"), JsonNode::size));
        for (var filter : filterIds.entrySet()) {
            result.put("filter " + filter.getKey() + " list", call(restPost("cs1", "/engine-rest/filter/"
                    + filter.getValue() + "/list?firstResult=0&maxResults=15", TASKLIST_LIST_BODY), JsonNode::size));
            result.put("filter " + filter.getKey() + " count", call(restPost("cs1", "/engine-rest/filter/"
                    + filter.getValue() + "/count", "{}"), body -> body.path("count").asLong()));
        }
        return result;
    }

    /** Cockpit's calls as sup1: call name → instances it reports and its p50 / p95. */
    Map<String, Object> cockpit(String label, String phase, String processDefinitionId) throws Exception {
        Progress.say(label + " Cockpit lists as " + USER + " (" + phase + ")");
        if (!loggedIn) {
            session.login();
            loggedIn = true;
        }
        String byDefinition = "{\"processDefinitionId\":\"" + processDefinitionId + "\","
                + "\"sortBy\":\"startTime\",\"sortOrder\":\"desc\"}";
        String history = "{\"processDefinitionId\":\"" + processDefinitionId + "\","
                + "\"sorting\":[{\"sortBy\":\"startTime\",\"sortOrder\":\"desc\"}]}";
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("processes (statistics)", call(session.get(PLUGIN + "/process-definition/statistics?firstResult=0&maxResults=50"),
                body -> sum(body, "instances")));
        result.put("running instances page", call(session.post(PLUGIN + "/process-instance?firstResult=0&maxResults=50",
                byDefinition), JsonNode::size));
        result.put("running instances count", call(session.post(PLUGIN + "/process-instance/count", byDefinition),
                body -> body.path("count").asLong()));
        result.put("history page", call(restPost(USER, "/engine-rest/history/process-instance?firstResult=0&maxResults=50",
                history), JsonNode::size));
        result.put("history count", call(restPost(USER, "/engine-rest/history/process-instance/count", history),
                body -> body.path("count").asLong()));
        return result;
    }

    private Map<String, Object> call(HttpRequest request, java.util.function.ToLongFunction<JsonNode> reported)
            throws IOException, InterruptedException {
        Map<String, Object> result = new LinkedHashMap<>();
        var first = session.send(request, HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200) {
            result.put("error", "HTTP " + first.statusCode() + " " + first.body().lines().findFirst().orElse(""));
            return result;
        }
        result.put("reported", reported.applyAsLong(json.readTree(first.body())));
        var latencies = Latencies.sample(queries, BUDGET_NANOS, () -> {
            try {
                var response = session.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " for " + request.uri());
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        result.put("p50Millis", latencies.medianMillis());
        result.put("p95Millis", latencies.percentileMillis(0.95));
        result.put("samples", latencies.count());
        return result;
    }

    /** /engine-rest with HTTP Basic, which MaintFlow's /engine-rest takes besides the webapp session. */
    private HttpRequest restPost(String user, String path, String body) {
        return rest(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest restGet(String user, String path) {
        return rest(user, path).GET().build();
    }

    private HttpRequest.Builder rest(String user, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + basic);
    }

    private static long sum(JsonNode array, String field) {
        long total = 0;
        for (JsonNode item : array) {
            total += item.path(field).asLong();
        }
        return total;
    }
}
