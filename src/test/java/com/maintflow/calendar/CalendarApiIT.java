package com.maintflow.calendar;

import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Supervisors ask the service calendars over HTTP; wrong input and the wrong people get problem details. */
@MaintFlowIntegrationTest
class CalendarApiIT {

    @LocalServerPort
    int port;

    MaintFlowApi supervisor;

    @BeforeEach
    void connect() {
        supervisor = new MaintFlowApi(port).as(Staff.SUP1);
    }

    @Test
    void listsTheCalendars() {
        var result = supervisor.get("/api/calendars");

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.body()).isEqualTo("[\"5x8\",\"7x24\"]");
    }

    @Test
    void showsACalendarsZoneAndWhichHolidayYearsAreProvisional() {
        var result = supervisor.get("/api/calendars/5x8");

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.body()).isEqualTo("{\"name\":\"5x8\",\"zone\":\"Asia/Shanghai\",\"holidayYears\":["
                + "{\"year\":2025,\"status\":\"official\"},{\"year\":2026,\"status\":\"official\"},"
                + "{\"year\":2027,\"status\":\"provisional\"}]}");
        assertProblem(supervisor.get("/api/calendars/6x12"), 404);
    }

    @Test
    void addsWorkingMinutesAndAnswersInTheCalendarsZone() {
        // given: Friday 17:00 before the 2026 Spring Festival; the Saturday after it is a make-up working day
        var result = supervisor.get("/api/calendars/5x8/add?from=2026-02-13T09:00Z&minutes=120");

        // then: 60 minutes on Friday, 60 on the make-up Saturday, shown in Beijing time
        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.body()).isEqualTo("{\"due\":\"2026-02-14T10:00+08:00\"}");
    }

    @Test
    void acceptsAnUnencodedPlusInTheOffset() {
        var result = supervisor.get("/api/calendars/7x24/add?from=2025-12-31T23:00+08:00&minutes=120");

        assertThat(result.body()).as("%s", result).isEqualTo("{\"due\":\"2026-01-01T01:00+08:00\"}");
    }

    @Test
    void measuresWorkingMinutesPausedAcrossAHoliday() {
        var result = new MaintFlowApi(port).as(Staff.CS1).get("/api/calendars/5x8/working-minutes"
                + "?from=2025-09-30T17:00%2B08:00&to=2025-10-09T10:00%2B08:00");

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.body()).isEqualTo("{\"minutes\":120}");
    }

    @Test
    void unparseableDateIsABadRequestNamingTheParameter() {
        var problem = assertProblem(supervisor.get("/api/calendars/5x8/add?from=next-monday&minutes=10"), 400);

        assertThat(errorFields(problem)).containsExactly("from");
    }

    @Test
    void negativeOrHugeMinutesAreBadRequests() {
        assertThat(errorFields(assertProblem(
                supervisor.get("/api/calendars/5x8/add?from=2026-01-05T09:00%2B08:00&minutes=-1"), 400)))
                .containsExactly("minutes");
        assertThat(errorFields(assertProblem(
                supervisor.get("/api/calendars/5x8/add?from=2026-01-05T09:00%2B08:00&minutes=100000000"), 400)))
                .containsExactly("minutes");
        assertProblem(supervisor.get("/api/calendars/5x8/add?from=2026-01-05T09:00%2B08:00&minutes=ten"), 400);
        assertProblem(supervisor.get("/api/calendars/5x8/working-minutes?from=2026-01-05T09:00%2B08:00"), 400);
    }

    @Test
    void unknownCalendarIsNotFound() {
        var problem = assertProblem(supervisor.get("/api/calendars/6x12/add?from=2026-01-05T09:00Z&minutes=10"), 404);

        assertThat(problem.path("detail").asText()).contains("6x12");
    }

    @Test
    void yearWithoutHolidayFileIsUnprocessableNamingCalendarAndYear() {
        var problem = assertProblem(supervisor.get("/api/calendars/5x8/add?from=2028-03-01T09:00%2B08:00&minutes=10"), 422);

        assertThat(problem.path("calendar").asText()).isEqualTo("5x8");
        assertThat(problem.path("year").asInt()).isEqualTo(2028);
    }

    @Test
    void anonymousCallersMustAuthenticate() {
        assertProblem(new MaintFlowApi(port).get("/api/calendars"), 401);
    }

    @Test
    void engineersMayNotAskTheCalendars() {
        var api = new MaintFlowApi(port).as(Staff.ENG1);

        assertProblem(api.get("/api/calendars"), 403);
        assertProblem(api.get("/api/calendars/5x8/add?from=2026-01-05T09:00Z&minutes=10"), 403);
    }
}
