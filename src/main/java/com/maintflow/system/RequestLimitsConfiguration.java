package com.maintflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Registers the body size limit on MaintFlow's {@code /api} and the rate limit on anonymous submissions, ahead of
 * security and of any body parsing.
 */
@Configuration
class RequestLimitsConfiguration {

    /** Outside the limits below, so their refusals are counted too. */
    @Bean
    FilterRegistrationBean<CustomerAnswerMetricsFilter> customerAnswerMetrics(MeterRegistry registry) {
        var registration = new FilterRegistrationBean<>(new CustomerAnswerMetricsFilter(registry));
        registration.setName("maintflow-customer-answer-metrics");
        registration.addUrlPatterns("/api/requests", "/api/complaints", "/portal", "/portal/complaint", "/links/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(
            @Value("${maintflow.api.max-body-size:256KB}") DataSize maxBodySize,
            @Value("${maintflow.api.max-upload-size:52MB}") DataSize maxUploadSize, ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBodySize.toBytes(),
                maxUploadSize.toBytes(), objectMapper));
        registration.setName("maintflow-api-body-limit");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AnonymousSubmissionLimitFilter> anonymousSubmissionLimit(
            @Value("${maintflow.intake.rate-limit.submissions:30}") int submissions,
            @Value("${maintflow.intake.rate-limit.window:PT1M}") Duration window, ObjectMapper objectMapper,
            Clock clock) {
        var limit = new AnonymousSubmissionLimit(submissions, window, clock);
        var registration = new FilterRegistrationBean<>(new AnonymousSubmissionLimitFilter(limit, objectMapper));
        registration.setName("maintflow-anonymous-submission-limit");
        registration.addUrlPatterns("/api/requests", "/api/complaints", "/portal", "/portal/status",
                "/portal/complaint");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
