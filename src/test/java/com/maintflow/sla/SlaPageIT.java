package com.maintflow.sla;

import static com.maintflow.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The supervisors' {@code /sla} page over HTTP. Its request is received on a Wednesday two years ahead (engine clock
 * moved), so the page's day holds only this test's ticket whatever else the database has.
 */
@ClockMovingIntegrationTest
class SlaPageIT extends HttpJourneyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PREMIUM_CONTRACT = "CT-PREMIUM-01";


    private final LocalDate day = LocalDate.now(SHANGHAI).plusYears(2).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    private final Instant nine = day.atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant();

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void supervisorSeesComplianceChartAndTheBreachLinkedToCockpit() {
        // given: a premium request reviewed 25 minutes after receipt, 15 minutes past its response deadline
        ClockUtil.setCurrentTime(Date.from(nine));
        String late = journey.submit(IntakeBody.validFor("C-PREMIUM"));
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(25))));
        journey.review(late);
        String processInstanceId = journey.view(late).path("processInstanceId").asText();

        // when
        HttpResult page = pageAs(Staff.SUP1);

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<svg id=\"compliance-chart\"", "0.0 %", "达标率 / Compliance per clock");
        assertThat(page.body()).contains("<a href=\"/tickets/" + late + "\">" + late + "</a>");
        assertThat(Pattern.compile("<a class=\"no-print\" href=\"/camunda/app/cockpit/default/#/process-instance/"
                + Pattern.quote(processInstanceId) + "/runtime\">Cockpit</a>")
                .matcher(page.body()).find()).as(page.body()).isTrue();
        assertThat(page.body()).contains("<td>响应时限 / Response deadline</td>", "<td>15</td>", "<td>12000.00</td>")
                .contains("<span id=\"penalty-total\">12000.00</span>");
    }

    @Test
    void engineersMayNotSeeThePageAndStrangersMustLogIn() {
        assertProblem(pageAs(Staff.ENG1), 403);
        assertProblem(api.anonymous().get(pagePath()), 401);
    }

    private HttpResult pageAs(Staff staff) {
        return api.as(staff).get(pagePath());
    }

    private String pagePath() {
        return "/sla?contract=" + PREMIUM_CONTRACT + "&from=" + day + "&to=" + day;
    }
}
