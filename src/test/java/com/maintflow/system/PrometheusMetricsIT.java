package com.maintflow.system;

import static com.maintflow.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.maintflow.identity.StaffGroup;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import com.maintflow.support.TestUsers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /actuator/prometheus} as an operator meets it: never anonymous, open to administrators and to a user of
 * the {@code metrics-scrapers} group, carrying Camunda's engine metrics and MaintFlow's own; and the Grafana
 * dashboard in {@code config/grafana/} asks only for metrics the application exports.
 */
@MaintFlowIntegrationTest
class PrometheusMetricsIT extends HttpJourneyTest {

    private static final String SCRAPE = "/actuator/prometheus";
    private static final String SCRAPER = "prometheusit";
    /** An administrator of its own: the mysql profile has no demo users. */
    private static final String ADMIN = "adminit";
    private static final String SCRAPER_PASSWORD = TestUsers.PASSWORD;
    private static final Path DASHBOARD = Path.of("config", "grafana", "maintflow.json");
    /** PromQL words that are not metric names. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()");

    @Autowired private IdentityService identity;

    @Test
    void scrapingNeedsAnAdministratorOrAMetricsScraper() {
        givenScrapeUser();

        assertProblem(api.anonymous().get(SCRAPE), 401);
        assertProblem(api.as(Staff.CS1).get(SCRAPE), 403);
        assertThat(api.withBasic(SCRAPER, SCRAPER_PASSWORD).get(SCRAPE).status()).isEqualTo(200);
        assertThat(api.withBasic(ADMIN, SCRAPER_PASSWORD).get(SCRAPE).status()).isEqualTo(200);
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void intakeAndLinkAnswersAndEngineWorkAreCounted() {
        // given
        givenScrapeUser();
        String before = scrape();

        // when: a customer opens a request, and someone posts to a link that was never issued
        journey.submit(IntakeBody.valid());
        var forged = api.anonymous().post("/links/forged-token", "application/x-www-form-urlencoded", "answer=yes");

        // then
        String after = scrape();
        String created = "maintflow_intake_answers_total{endpoint=\"/api/requests\",status=\"201\"}";
        assertThat(value(after, created)).isEqualTo(value(before, created) + 1);
        String link = "maintflow_link_answers_total{status=\"" + forged.status() + "\"}";
        assertThat(value(after, link)).isEqualTo(value(before, link) + 1);
        assertThat(value(after, "camunda_activity_instance_start_total"))
                .isGreaterThan(value(before, "camunda_activity_instance_start_total"));
        assertThat(after).contains("maintflow_requests_open{status=\"RECEIVED\"}",
                "maintflow_tasks_open{candidate_group=\"customer-service\"}",
                "maintflow_sla_clocks{clock=\"RESPONSE\",state=\"RUNNING\"}",
                "maintflow_sla_clocks_overdue{clock=\"RESOLUTION\"}", "maintflow_sla_breaches{clock=\"RESPONSE\"}",
                "maintflow_notifications{status=\"PENDING\"}", "maintflow_notifications{status=\"FAILED\"}",
                "camunda_incidents_open{type=\"failedJob\"}", "camunda_jobs_due", "camunda_job_acquisition_attempt_total",
                "camunda_job_successful_total", "camunda_job_failed_total");
    }

    @Test
    void everyDashboardQueryNamesAnExportedMetric() throws IOException {
        // given: metrics that only exist once something happened (an API call, a link answer) exist
        givenScrapeUser();
        journey.submit(IntakeBody.valid());
        api.anonymous().post("/links/forged-token", "application/x-www-form-urlencoded", "answer=yes");
        Set<String> exported = exportedNames(scrape());

        // when
        List<String> queries = new ArrayList<>();
        new ObjectMapper().readTree(DASHBOARD.toFile()).findValues("expr").forEach(e -> queries.add(e.asText()));

        // then
        Set<String> named = new TreeSet<>();
        for (String query : queries) {
            Set<String> metrics = metricNames(query);
            assertThat(metrics).as("metrics in %s", query).isNotEmpty();
            assertThat(exported).as("exported metrics, asked for by %s", query).containsAll(metrics);
            named.addAll(metrics);
        }
        assertThat(named).as("the dashboard shows what issue 16 asks for").contains("maintflow_requests_open",
                "maintflow_tasks_open", "maintflow_sla_clocks", "maintflow_sla_clocks_overdue", "maintflow_sla_breaches",
                "maintflow_notifications", "maintflow_intake_answers_total", "maintflow_link_answers_total",
                "camunda_activity_instance_start_total", "camunda_job_acquisition_attempt_total",
                "camunda_job_successful_total", "camunda_job_failed_total", "camunda_incidents_open");
    }

    private void givenScrapeUser() {
        TestUsers.given(identity, SCRAPER, StaffGroup.METRICS_SCRAPERS);
        TestUsers.given(identity, ADMIN, StaffGroup.CAMUNDA_ADMIN);
    }

    private String scrape() {
        var answer = api.withBasic(SCRAPER, SCRAPER_PASSWORD).get(SCRAPE);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.body();
    }

    /** The sample's value, 0 when the series is not there yet (a counter before its first count). */
    private static double value(String scrape, String series) {
        return scrape.lines().filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]))
                .findFirst().orElse(0);
    }

    private static Set<String> exportedNames(String scrape) {
        Set<String> names = new TreeSet<>();
        scrape.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    /** The metric names a PromQL expression selects: strings, label matchers, ranges and grouping labels removed. */
    static Set<String> metricNames(String query) {
        String bare = query.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        var matcher = NAME.matcher(bare);
        while (matcher.find()) {
            if (!KEYWORDS.contains(matcher.group())) {
                names.add(matcher.group());
            }
        }
        return names;
    }
}
