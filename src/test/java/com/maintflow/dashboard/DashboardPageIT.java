package com.maintflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.ClockMovingIntegrationTest;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.HttpResult;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.Staff;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The supervisors' {@code /dashboard} over HTTP. Its requests are received on a Wednesday four years ahead (engine
 * clock moved), so the at-risk list and this year's trends hold this test's tickets whatever else the database has.
 */
@ClockMovingIntegrationTest
class DashboardPageIT extends HttpJourneyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PREMIUM = "C-PREMIUM";

    private final LocalDate day = LocalDate.now(SHANGHAI).plusYears(4).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    private final Instant nine = day.atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant();

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void requestsWhoseResponseDeadlineIsNearAreListedSoonestFirstWithTheirStepInTasklist() {
        // given: two premium requests, received 09:00 and 09:03, each with 10 minutes to respond
        String first = submitAt(nine);
        String second = submitAt(nine.plus(Duration.ofMinutes(3)));
        String reviewTask = journey.view(first).path("openTasks").get(0).path("id").asText();

        // when: a supervisor looks at 09:05
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(5))));
        HttpResult page = api.as(Staff.SUP1).get("/dashboard");

        // then: both at risk, the sooner deadline first, minutes left to it, one click to ticket and task
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body.indexOf("data-key=\"" + first + "\"")).isPositive()
                .isLessThan(body.indexOf("data-key=\"" + second + "\""));
        assertThat(row(body, first)).contains("href=\"/tickets/" + first + "\"")
                .contains("响应时限 / Response deadline")
                .contains("href=\"/camunda/app/tasklist/default/#/?task=" + reviewTask + "\"")
                .contains("客户服务部 / Customer service")
                .containsPattern("minutes-left\">5<");
        assertThat(row(body, second)).containsPattern("minutes-left\">8<");
        assertThat(body).contains("仪表盘 / Dashboard", "id=\"signed-in\">用户 / User: sup1<",
                "src=\"/webjars/echarts/5.5.0/echarts.min.js\"");
    }

    @Test
    void aMissedDeadlineShowsInThisMonthsComplianceAndAsTheContractsPenalty() {
        // given: the contract's breaches so far this year (none in a fresh database), and a premium request reviewed
        // 25 minutes after receipt, 15 past its response deadline
        ClockUtil.setCurrentTime(Date.from(nine));
        int breachesBefore = premiumBreaches(api.as(Staff.MGR1).get("/dashboard").body());
        String late = submitAt(nine);
        ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofMinutes(25))));
        journey.review(late);

        // when
        String body = api.as(Staff.MGR1).get("/dashboard").body();

        // then: its response clock stopped (the resolution clock it started may well be at risk now)
        assertThat(rows(body, late)).noneMatch(row -> row.contains("响应时限"));
        assertThat(Pattern.compile("<td>响应时限 / Response deadline</td>.*?0\\.0 %", Pattern.DOTALL).matcher(body)
                .find()).as("compliance table").isTrue();
        assertThat(premiumBreaches(body)).as("contracts table").isEqualTo(breachesBefore + 1);
        assertThat(body).containsPattern("CT-PREMIUM-01</a></td>\\s*<td class=\"num\">\\d+</td><td class=\"num\">"
                + (breachesBefore + 1) * 12000 + ".00</td>");
        assertThat(body).contains("data-charts=\"{&quot;status&quot;");
    }

    @Test
    void supervisorsAndManagementMayLookEngineersMayNotStrangersMustLogIn() {
        assertThat(api.as(Staff.MGR1).get("/dashboard").status()).isEqualTo(200);
        assertThat(api.as(Staff.ENG1).get("/dashboard").status()).isEqualTo(403);
        assertThat(api.as(Staff.CS1).get("/dashboard").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/dashboard").status()).isEqualTo(401);
    }

    @Test
    void theChartLibraryIsServedByTheApplicationItself() {
        HttpResult script = api.anonymous().get("/webjars/echarts/5.5.0/echarts.min.js");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("echarts");
    }

    private String submitAt(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        return journey.submit(IntakeBody.validFor(PREMIUM));
    }

    /** Breaches of the premium contract in the dashboard's contracts table (0 when it is not listed). */
    private static int premiumBreaches(String body) {
        var row = Pattern.compile("CT-PREMIUM-01</a></td>\\s*<td class=\"num\">(\\d+)</td>").matcher(body);
        return row.find() ? Integer.parseInt(row.group(1)) : 0;
    }

    /** The first at-risk table row of {@code key}. */
    private static String row(String body, String key) {
        return rows(body, key).get(0);
    }

    /** Every at-risk table row of {@code key} (one per clock at risk). */
    private static List<String> rows(String body, String key) {
        List<String> rows = new ArrayList<>();
        for (int start = body.indexOf("data-key=\"" + key + "\""); start >= 0;
             start = body.indexOf("data-key=\"" + key + "\"", start + 1)) {
            rows.add(body.substring(start, body.indexOf("</tr>", start)));
        }
        return rows;
    }
}
