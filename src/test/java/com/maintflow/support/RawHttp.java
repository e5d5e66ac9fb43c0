package com.maintflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application over HTTP/1.1 as a hostile client sends it: any bytes, any content type or none, raw paths,
 * and a browser-like cookie session for the customer pages (which need the CSRF token of their form).
 */
public final class RawHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    public RawHttp(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** {@code path} is used exactly as given (already encoded, may contain "..", "%00" and the like). */
    public HttpResult send(String method, String path, Optional<String> contentType, BodyPublisher body) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).method(method, body);
        contentType.ifPresent(type -> request.header("Content-Type", type));
        try {
            var response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + method + " " + abbreviate(path), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * POSTs {@code totalBytes} of JSON-looking padding chunked, without Content-Length, over a plain socket that
     * stops sending once the server stops reading, then reads the answer: a browser-independent view of a
     * refused upload (the JDK client reports the server's early close as an error and loses the answer).
     */
    public String postChunked(String path, int totalBytes) {
        try (var socket = new java.net.Socket("localhost", Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)))) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            // Valid JSON as far as it goes, so only the size can be what refuses it.
            byte[] opening = "{\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(opening, 0, chunk, 0, opening.length);
            try {
                for (int sent = 0; sent < totalBytes; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    java.util.Arrays.fill(chunk, 0, opening.length, (byte) 'x');
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException serverStoppedReading) {
                // Expected for a refused upload: read what the server answered before it closed.
            }
            var answer = new java.io.ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (IOException closed) {
                // A reset after the answer arrived; what was read is the answer.
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResult get(String path) {
        return send("GET", path, Optional.empty(), HttpRequest.BodyPublishers.noBody());
    }

    /** Opens {@code formPath} for its CSRF token (and session cookie), then posts {@code fields} with it. */
    public HttpResult submitForm(String formPath, String postPath, Map<String, String> fields) {
        var page = get(formPath);
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + formPath + ": " + page);
        }
        return postForm(postPath, fields, Optional.of(token.group(1)));
    }

    public HttpResult postForm(String path, Map<String, String> fields, Optional<String> csrfToken) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if (csrfToken.isPresent()) {
            body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrfToken.get());
        }
        return send("POST", path, Optional.of("application/x-www-form-urlencoded"),
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "…" : path;
    }
}
