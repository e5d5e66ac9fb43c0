package com.maintflow.sla;

import static com.maintflow.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.support.HttpResult;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.ClockMovingIntegrationTest;
import com.maintflow.support.Staff;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/sla/report} over HTTP on the whole application. Requests are received on a Monday two years
 * ahead (engine clock moved), so the report's day holds only this test's tickets whatever else the database has.
 */
@ClockMovingIntegrationTest
class SlaReportApiIT extends HttpJourneyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PREMIUM_CUSTOMER = "C-PREMIUM";
    private static final String PREMIUM_CONTRACT = "CT-PREMIUM-01";


    /** The report's day; tests that only need tickets receive them on another day, so counts stay exact. */
    private final LocalDate day = LocalDate.now(SHANGHAI).plusYears(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    private Instant nineOClock = nineOClockOn(day);

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void reportShowsComplianceBreachesAndPenaltyOfTheContractsDay() {
        // given: one request reviewed within its 10 minutes, one 25 minutes after receipt
        String inTime = submitAt(0);
        reviewAt(5, inTime);
        String late = submitAt(60);
        reviewAt(85, late);

        // when
        JsonNode report = reportAs(Staff.SUP1, PREMIUM_CONTRACT, day, day).json();

        // then: response 1 of 2 met; resolution clocks still run within their deadlines
        assertThat(compliance(report, "RESPONSE").path("decided").asLong()).isEqualTo(2);
        assertThat(compliance(report, "RESPONSE").path("missed").asLong()).isEqualTo(1);
        assertThat(compliance(report, "RESPONSE").path("compliancePercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(compliance(report, "RESOLUTION").path("decided").asLong()).isZero();
        assertThat(compliance(report, "RESOLUTION").path("compliancePercent").isNull()).isTrue();

        // then: the late response is the one breach, priced at 1 % of 1 200 000
        List<JsonNode> breaches = StreamSupport.stream(report.path("breaches").spliterator(), false).toList();
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).path("ticket").asText()).isEqualTo(late);
        assertThat(breaches.get(0).path("clock").asText()).isEqualTo("RESPONSE");
        assertThat(breaches.get(0).path("workingMinutesOver").asLong()).isEqualTo(15);
        assertThat(report.path("penaltyPerBreach").decimalValue()).isEqualByComparingTo("12000.00");
        assertThat(report.path("penaltyCapPerMonth").decimalValue()).isEqualByComparingTo("120000.00");
        assertThat(report.path("penaltyTotal").decimalValue()).isEqualByComparingTo("12000.00");
    }

    @Test
    void requestViewShowsItsClocks() {
        // given
        nineOClock = nineOClockOn(day.plusDays(1));
        String ticket = submitAt(0);
        reviewAt(25, ticket);

        // when
        JsonNode sla = journey.view(ticket).path("sla");

        // then: response missed by 15 minutes; resolution runs two hours from receipt, 95 minutes left
        assertThat(sla).hasSize(2);
        assertThat(sla.get(0).path("clock").asText()).isEqualTo("RESOLUTION");
        assertThat(Instant.parse(sla.get(0).path("dueAt").asText())).isEqualTo(minutesAfterNine(120));
        assertThat(sla.get(0).path("state").asText()).isEqualTo("RUNNING");
        assertThat(sla.get(0).path("remainingWorkingMinutes").asLong()).isEqualTo(95);
        assertThat(sla.get(1).path("clock").asText()).isEqualTo("RESPONSE");
        assertThat(sla.get(1).path("state").asText()).isEqualTo("MISSED");
        assertThat(sla.get(1).path("remainingWorkingMinutes").asLong()).isEqualTo(-15);
    }

    @Test
    void onlySupervisorsManagementAndAdminsMayReadTheReport() {
        assertThat(reportAs(Staff.MGR1, PREMIUM_CONTRACT, day, day).status()).isEqualTo(200);
        assertProblem(reportAs(Staff.CS1, PREMIUM_CONTRACT, day, day), 403);
        assertProblem(api.anonymous().get(reportPath(PREMIUM_CONTRACT, day, day)), 401);
    }

    @Test
    void unknownContractIsNotFound() {
        assertProblem(reportAs(Staff.SUP1, "CT-NOBODY", day, day), 404);
    }

    @Test
    void periodEndingBeforeItStartsIsRefused() {
        assertProblem(reportAs(Staff.SUP1, PREMIUM_CONTRACT, day, day.minusDays(1)), 400);
    }

    private String submitAt(long minutes) {
        ClockUtil.setCurrentTime(Date.from(minutesAfterNine(minutes)));
        return journey.submit(IntakeBody.validFor(PREMIUM_CUSTOMER));
    }

    private void reviewAt(long minutes, String ticket) {
        ClockUtil.setCurrentTime(Date.from(minutesAfterNine(minutes)));
        journey.review(ticket);
    }

    private HttpResult reportAs(Staff staff, String contract, LocalDate from, LocalDate to) {
        return api.as(staff).get(reportPath(contract, from, to));
    }

    private static String reportPath(String contract, LocalDate from, LocalDate to) {
        return "/api/sla/report?contract=" + contract + "&from=" + from + "&to=" + to;
    }

    private static JsonNode compliance(JsonNode report, String clock) {
        return StreamSupport.stream(report.path("compliance").spliterator(), false)
                .filter(entry -> clock.equals(entry.path("clock").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("No compliance entry for " + clock + " in " + report));
    }

    private static Instant nineOClockOn(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant();
    }

    private Instant minutesAfterNine(long minutes) {
        return nineOClock.plus(Duration.ofMinutes(minutes));
    }
}
