package com.maintflow.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts what MaintFlow answered to what customers send, by HTTP status: {@code maintflow_intake_answers_total
 * {endpoint,status}} for new requests and complaints (API and portal), {@code maintflow_link_answers_total{status}}
 * for answers through signed links (quote, plan, acceptance, rating). Outermost filter, so the body-size (413) and
 * rate (429) refusals of the filters inside it count too; Spring's {@code http_server_requests} misses those, since
 * they never reach a handler and carry no route.
 */
class CustomerAnswerMetricsFilter extends OncePerRequestFilter {

    /** Intake endpoints by servlet path; each POST is one submission. */
    static final Map<String, String> INTAKE = Map.of("/api/requests", "/api/requests", "/api/complaints",
            "/api/complaints", "/portal", "/portal", "/portal/complaint", "/portal/complaint");
    static final String LINKS = "/links/";

    private final MeterRegistry registry;

    CustomerAnswerMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(INTAKE.containsKey(path) || path.startsWith(LINKS));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR; // unless the chain returns normally
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            counter(path, status).increment();
        }
    }

    private Counter counter(String path, int status) {
        if (path.startsWith(LINKS)) {
            // Never the token itself as a tag: it is a credential, and one series per link would explode.
            return Counter.builder("maintflow.link.answers").description("Answers through signed customer links")
                    .tag("status", String.valueOf(status)).register(registry);
        }
        return Counter.builder("maintflow.intake.answers")
                .description("Answers to new requests and complaints, API and portal")
                .tags("endpoint", INTAKE.get(path), "status", String.valueOf(status)).register(registry);
    }
}
