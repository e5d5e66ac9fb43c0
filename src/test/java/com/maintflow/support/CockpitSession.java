package com.maintflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Cockpit as a browser uses it: its session login and CSRF token, then its API ({@code /camunda/api/...}) with the
 * session cookie and the token header. For tests and the benchmark that call Cockpit's plugin resources.
 */
public final class CockpitSession {

    private final String base;
    private final String user;
    private final String password;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrfToken;

    public CockpitSession(int port, String user, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.user = user;
        this.password = password;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** As the browser: open Cockpit (sets the XSRF-TOKEN cookie), then post the login form with the token. */
    public CockpitSession login() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/cockpit/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        csrfToken = currentToken();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/cockpit"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Cockpit login as " + user + ": HTTP " + response.statusCode());
        }
        // The login starts a new session with a token of its own, which the next answer sets as the cookie.
        http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        csrfToken = currentToken();
        return this;
    }

    public HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("X-XSRF-TOKEN", csrfToken).GET().build();
    }

    public HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return http.send(request, body);
    }

    private String currentToken() {
        var tokens = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).toList();
        if (tokens.isEmpty()) {
            throw new IllegalStateException("Cockpit set no XSRF-TOKEN cookie");
        }
        return tokens.get(tokens.size() - 1);
    }
}
