package com.maintflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what. MaintFlow's own {@code /api}: HTTP Basic against Camunda's users, staff groups
 * only, except intake and complaints ({@code POST /api/requests}, {@code POST /api/complaints}), which customers use
 * without an account. {@code /engine-rest}: Camunda's own
 * Basic filter, so the engine's authorization checks see the caller. The webapps keep their own login
 * and CSRF protection, which is why Spring Security leaves them alone. Customer pages ({@code /portal},
 * {@code /links}) are public and have their own chain. The supervisors' read-only SLA page {@code /sla} and survey
 * page {@code /surveys} take Basic or the webapps' session login, with the API's problem+json errors. Staff pages
 * ({@code /tickets}, {@code /knowledge}, {@code /customers}, {@code /contracts}) take Basic or the webapps' session
 * login, as does the dashboard {@code /dashboard}; those with forms ({@code /customers}, {@code /contracts}) have
 * CSRF protection.
 * {@code /actuator/prometheus}: administrators or {@code metrics-scrapers}; {@code /v3/api-docs} and Swagger UI:
 * staff; {@code /api/webhooks}: administrators.
 */
@Configuration
class SecurityConfig {

    static final String[] STAFF = {"camunda-admin", "customer-service", "maintenance-engineers", "supervisors",
            "management", "document-managers", "trainers"};
    static final String[] ARCHIVE_READERS = {"camunda-admin", "document-managers", "supervisors", "management",
            "customer-service"};
    static final String[] CALENDAR_READERS = {"camunda-admin", "supervisors", "management", "customer-service"};
    /** Trainings (培训): ordered by customer service, planned and run by the trainers. */
    static final String[] TRAINING_STAFF = {"camunda-admin", "customer-service", "trainers"};
    static final String[] SLA_REPORT_READERS = {"camunda-admin", "supervisors", "management"};
    /** Prometheus: administrators, or a scrape user in the group identity/StaffGroupSetup creates for it. */
    static final String[] METRICS_READERS = {"camunda-admin", "metrics-scrapers"};
    /** Customers, contacts, contracts: customer service and admins keep them, those who serve them read them. */
    static final String[] CUSTOMER_WRITERS = {"camunda-admin", "customer-service"};
    static final String[] CUSTOMER_READERS = {"camunda-admin", "customer-service", "supervisors", "management",
            "maintenance-engineers"};

    /** Knowledge articles: the engineers who solve faults and customer service edit, merge and unpublish them. */
    static final String[] KNOWLEDGE_EDITORS = {"camunda-admin", "customer-service", "maintenance-engineers"};

    /** "/customers/**" matches "/customers" too. */
    private static final PathPatternRequestMatcher.Builder PAGES = PathPatternRequestMatcher.withDefaults();

    private final ObjectMapper objectMapper;

    SecurityConfig(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/requests", "/api/complaints").permitAll()
                        .requestMatchers("/api/archive/**").hasAnyAuthority(ARCHIVE_READERS)
                        .requestMatchers("/api/trainings", "/api/trainings/**").hasAnyAuthority(TRAINING_STAFF)
                        .requestMatchers("/api/calendars", "/api/calendars/**").hasAnyAuthority(CALENDAR_READERS)
                        .requestMatchers("/api/sla/**").hasAnyAuthority(SLA_REPORT_READERS)
                        .requestMatchers("/api/surveys/**").hasAnyAuthority(SLA_REPORT_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/customers", "/api/customers/**", "/api/contracts/**")
                                .hasAnyAuthority(CUSTOMER_READERS)
                        .requestMatchers("/api/customers", "/api/customers/**", "/api/contracts/**")
                                .hasAnyAuthority(CUSTOMER_WRITERS)
                        .requestMatchers(HttpMethod.GET, "/api/staff", "/api/staff/**").hasAnyAuthority(STAFF)
                        .requestMatchers("/api/staff", "/api/staff/**").hasAuthority("camunda-admin")
                        .requestMatchers("/api/webhooks", "/api/webhooks/**").hasAuthority("camunda-admin")
                        .requestMatchers(HttpMethod.POST, "/api/requests/*/emergency")
                                .hasAnyAuthority("camunda-admin", "customer-service", "supervisors")
                        .requestMatchers(HttpMethod.POST, "/api/knowledge/reindex").hasAuthority("camunda-admin")
                        .requestMatchers(HttpMethod.PUT, "/api/knowledge/articles/**").hasAnyAuthority(KNOWLEDGE_EDITORS)
                        .requestMatchers(HttpMethod.POST, "/api/knowledge/articles/**").hasAnyAuthority(KNOWLEDGE_EDITORS)
                        .requestMatchers(HttpMethod.PUT, "/api/requests/*/classification")
                                .hasAnyAuthority("camunda-admin", "customer-service", "supervisors")
                        .anyRequest().hasAnyAuthority(STAFF));
        return basicWithProblems(http, "Your groups may not use this resource").build();
    }

    /**
     * HTTP Basic on every call, refusals as problem+json (401 with the Basic challenge, 403 with {@code forbidden}),
     * no session: a stateless JSON API authenticated on every call has no CSRF token to protect.
     */
    private HttpSecurity basicWithProblems(HttpSecurity http, String forbidden) throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpStatus.UNAUTHORIZED, "Authentication required (HTTP Basic)")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problem(response, HttpStatus.FORBIDDEN, forbidden)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    /**
     * The supervisors' read-only report pages {@code /sla} and {@code /surveys}: HTTP Basic like the API, and the
     * Tasklist/Cockpit login, since the staff navigation links them from pages reached with that login. Errors stay
     * problem+json as before. GET-only pages, so no state-changing request rides on the session cookie.
     */
    @Bean
    @Order(0)
    SecurityFilterChain reportPages(HttpSecurity http) throws Exception {
        http.securityMatcher("/sla", "/surveys")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyAuthority(SLA_REPORT_READERS))
                .addFilterBefore(new WebappSessionAuthentication(), BasicAuthenticationFilter.class);
        return basicWithProblems(http, "Your groups may not use this resource").build();
    }

    /**
     * The staff ticket pages, the knowledge base's search and article pages and the supervisors' dashboard: the same
     * Camunda users and staff groups as the API, in a browser — HTTP Basic, or the login the user already has in Tasklist/Cockpit (WebappSessionAuthentication), since
     * both link here. The dashboard is for those who read the SLA report.
     */
    @Bean
    @Order(0)
    SecurityFilterChain ticketPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/tickets/**", "/knowledge", "/knowledge/**", "/dashboard")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PAGES.matcher("/dashboard")).hasAnyAuthority(SLA_REPORT_READERS)
                        .anyRequest().hasAnyAuthority(STAFF))
                .addFilterBefore(new WebappSessionAuthentication(), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("MaintFlow"))
                // Read-only pages (GET only) behind Basic authentication: no state-changing form to protect.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The staff pages for customers and contracts: the same logins as the ticket page (HTTP Basic, or the
     * Tasklist/Cockpit session), readers may look, writers may change. Unlike the ticket page these have forms that
     * change data, and a session cookie is an ambient credential a cross-site page can make the browser send: so
     * CSRF protection stays on (session-held token, which th:action puts in each form), and sessions are allowed.
     */
    @Bean
    @Order(1)
    SecurityFilterChain customerStaffPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/customers", "/customers/**", "/contracts/**")
                .authorizeHttpRequests(auth -> auth
                        // Path patterns, not the String shortcut: the pages ask these rules (through
                        // WebInvocationPrivilegeEvaluator) whether to show a form, with a request that has no servlet
                        // mapping, and the shortcut cannot pick a servlet there beside Camunda's Jersey servlets.
                        .requestMatchers(PAGES.matcher(HttpMethod.GET, "/customers/**"),
                                PAGES.matcher(HttpMethod.GET, "/contracts/**")).hasAnyAuthority(CUSTOMER_READERS)
                        .anyRequest().hasAnyAuthority(CUSTOMER_WRITERS))
                .addFilterBefore(new WebappSessionAuthentication(), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("MaintFlow"))
                // No login page to return to after a 401, so no saved request (and no session for anonymous calls).
                .requestCache(cache -> cache.disable())
                .headers(h -> h.frameOptions(f -> f.deny()))
                .build();
    }

    /**
     * Customer pages, no login. The portal's forms ride on a session, so they get CSRF tokens (Thymeleaf's
     * th:action adds the field). Link pages deliberately do not: CSRF abuses ambient credentials such as a session
     * cookie, and a link POST carries none; its only authority is the signed single-use token in its own URL,
     * re-verified on POST, which a cross-site page cannot know. A CSRF token would also tie the answer to a
     * session cookie the mail client's browser may not keep, and create sessions for every opened link.
     */
    @Bean
    @Order(3)
    SecurityFilterChain customerPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/portal", "/portal/**", "/links/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/links/**"))
                // The link token is in the URL: never send it on as a Referer, never let the page be framed.
                .headers(h -> h.frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * {@code /actuator/prometheus}: never anonymous (the numbers describe the business), HTTP Basic on every scrape,
     * no session. Health and info stay open for load balancers.
     */
    @Bean
    @Order(4)
    SecurityFilterChain metricsScrape(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyAuthority(METRICS_READERS));
        return basicWithProblems(http, "Only administrators and metrics scrapers").build();
    }

    /**
     * The API description and Swagger UI: staff only, like the API they describe; HTTP Basic (the browser asks) or
     * the Tasklist/Cockpit login. Read-only pages, so no CSRF token; "Try it out" calls go to /api and its chain.
     */
    @Bean
    @Order(5)
    SecurityFilterChain apiDescription(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyAuthority(STAFF))
                .addFilterBefore(new WebappSessionAuthentication(), BasicAuthenticationFilter.class);
        return basicWithProblems(http, "Staff only").build();
    }

    @Bean
    @Order(6)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        // Camunda webapps and /engine-rest authenticate themselves (see engineRestAuthentication) and the
        // webapps ship their own CSRF prevention filter.
        return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"MaintFlow\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), body);
    }
}
