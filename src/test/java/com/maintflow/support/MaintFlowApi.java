package com.maintflow.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The running application over real HTTP (JDK client, so 401 and 403 come back as answers, not
 * exceptions): MaintFlow's {@code /api} and Camunda's {@code /engine-rest}, anonymously or as a staff
 * member with HTTP Basic.
 */
public final class MaintFlowApi {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final Optional<String> authorization;

    public MaintFlowApi(int port) {
        this(URI.create("http://localhost:" + port), Optional.empty());
    }

    private MaintFlowApi(URI base, Optional<String> authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public MaintFlowApi as(Staff staff) {
        return withBasic(staff.userId(), staff.password());
    }

    /** HTTP Basic with any user and password, e.g. a wrong one. */
    public MaintFlowApi withBasic(String userId, String password) {
        String credentials = userId + ":" + password;
        return new MaintFlowApi(base, Optional.of(
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
    }

    public MaintFlowApi anonymous() {
        return new MaintFlowApi(base, Optional.empty());
    }

    public HttpResult get(String path) {
        return send(request(path).GET());
    }

    /** POSTs {@code body} serialized as JSON. */
    public HttpResult postJson(String path, Object body) {
        try {
            return post(path, "application/json", JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Test body cannot be written as JSON: " + body, e);
        }
    }

    /** PUTs {@code body} serialized as JSON. */
    public HttpResult putJson(String path, Object body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .PUT(BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Test body cannot be written as JSON: " + body, e);
        }
    }

    /** A file part of a multipart form: field name, file name as the client sends it, bytes. */
    public record FilePart(String field, String filename, byte[] content) {
    }

    /** POSTs a {@code multipart/form-data} body as a browser or an integration builds it (UTF-8 names). */
    public HttpResult postMultipart(String path, Map<String, String> fields, List<FilePart> files) {
        String boundary = "----maintflow" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    public HttpResult delete(String path) {
        return send(request(path).DELETE());
    }

    /** POSTs raw bytes, e.g. a CSV file with a byte-order mark. */
    public HttpResult post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(body)));
    }

    /** POSTs {@code body} exactly as given, e.g. broken JSON or another content type. */
    public HttpResult post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        authorization.ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private static HttpResult send(HttpRequest.Builder request) {
        try {
            var response = CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the application", e);
        }
    }
}
