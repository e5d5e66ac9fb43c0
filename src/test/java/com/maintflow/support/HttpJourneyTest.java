package com.maintflow.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the integration tests that drive requests over HTTP as customers and staff would: the application's
 * port, an API client and a {@link RequestJourney} on it, fresh for every test. Subclasses carry
 * {@link MaintFlowIntegrationTest} themselves, so they keep sharing the one cached application context.
 */
public abstract class HttpJourneyTest {

    @LocalServerPort
    protected int port;

    protected MaintFlowApi api;
    protected RequestJourney journey;

    @BeforeEach
    void connectJourney() {
        api = new MaintFlowApi(port);
        journey = new RequestJourney(api);
    }
}
