package com.maintflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link AnonymousSubmissionLimit} to the POSTs anyone may make without an account ({@code /api/requests},
 * {@code /api/complaints}, {@code /portal}, {@code /portal/status}, {@code /portal/complaint}) — one limit and one
 * count per address across all of them: over the limit the answer is 429 with {@code Retry-After}, before anything
 * is read or stored — problem+json for the API, a short bilingual text for the portal's browser forms. The client is
 * the connection's address; behind a reverse proxy set {@code server.forward-headers-strategy=native} so it is the
 * customer's, not the proxy's.
 */
class AnonymousSubmissionLimitFilter extends OncePerRequestFilter {

    private final AnonymousSubmissionLimit limit;
    private final ObjectMapper objectMapper;

    AnonymousSubmissionLimitFilter(AnonymousSubmissionLimit limit, ObjectMapper objectMapper) {
        this.limit = limit;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var retryAfter = limit.tryAcquire(request.getRemoteAddr());
        if (retryAfter.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
        if (request.getRequestURI().startsWith("/api/")) {
            var body = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests from your address: try again in " + retryAfter.getAsLong() + " s");
            body.setTitle("Too many requests");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), body);
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("提交过于频繁，请 " + retryAfter.getAsLong() + " 秒后再试。"
                    + " / Too many submissions: please try again in " + retryAfter.getAsLong() + " s.")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
