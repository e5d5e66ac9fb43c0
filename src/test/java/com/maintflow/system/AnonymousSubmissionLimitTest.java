package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Anonymous submissions per client address: counted per window, refused with 429 and Retry-After beyond it. */
class AnonymousSubmissionLimitTest {

    private static final Instant NINE = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void thirdSubmissionInAWindowWaitsForTheNextWindowAndOtherAddressesAreNotAffected() {
        // given: 2 per minute
        var limit = new AnonymousSubmissionLimit(2, Duration.ofMinutes(1), Clock.fixed(NINE, ZoneOffset.UTC));

        // then
        assertThat(limit.tryAcquire("203.0.113.7")).isEmpty();
        assertThat(limit.tryAcquire("203.0.113.7")).isEmpty();
        assertThat(limit.tryAcquire("203.0.113.7")).isEqualTo(OptionalLong.of(60));
        assertThat(limit.tryAcquire("198.51.100.1")).isEmpty();
    }

    @Test
    void aNewWindowStartsCountingAgain() {
        var at = new MutableClock(NINE);
        var limit = new AnonymousSubmissionLimit(1, Duration.ofMinutes(1), at);
        assertThat(limit.tryAcquire("203.0.113.7")).isEmpty();

        // when: 45 s later, still refused, retry after the 15 s left; a minute after the first, taken again
        at.now = NINE.plusSeconds(45);
        assertThat(limit.tryAcquire("203.0.113.7")).isEqualTo(OptionalLong.of(15));
        at.now = NINE.plusSeconds(60);
        assertThat(limit.tryAcquire("203.0.113.7")).isEmpty();
    }

    @Test
    void nonsenseSettingsStopTheStart() {
        assertThatThrownBy(() -> new AnonymousSubmissionLimit(0, Duration.ofMinutes(1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnonymousSubmissionLimit(5, Duration.ZERO, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filterAnswers429WithRetryAfterAndNeverReachesTheApplication() throws Exception {
        // given: 1 per minute; the first POST goes through
        var filter = new AnonymousSubmissionLimitFilter(
                new AnonymousSubmissionLimit(1, Duration.ofMinutes(1), Clock.fixed(NINE, ZoneOffset.UTC)),
                new ObjectMapper());
        var first = new MockFilterChain();
        filter.doFilter(post("/api/requests"), new MockHttpServletResponse(), first);
        assertThat(first.getRequest()).isNotNull();

        // when: the second POST from the same address, to the API and to the portal
        var api = new MockHttpServletResponse();
        var apiChain = new MockFilterChain();
        filter.doFilter(post("/api/requests"), api, apiChain);
        var portal = new MockHttpServletResponse();
        filter.doFilter(post("/portal"), portal, new MockFilterChain());

        // then: refused before the application saw it, saying when to retry
        assertThat(apiChain.getRequest()).isNull();
        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(api.getHeader("Retry-After")).isEqualTo("60");
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":429");
        assertThat(portal.getStatus()).isEqualTo(429);
        assertThat(portal.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("提交过于频繁")
                .contains("Too many submissions");

        // and: reading (GET) is never limited
        var get = new MockHttpServletRequest("GET", "/portal");
        get.setRemoteAddr("203.0.113.7");
        var getChain = new MockFilterChain();
        filter.doFilter(get, new MockHttpServletResponse(), getChain);
        assertThat(getChain.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest post(String uri) {
        var request = new MockHttpServletRequest("POST", uri);
        request.setRemoteAddr("203.0.113.7");
        return request;
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
