package com.maintflow.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.maintflow.system.Actors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /dashboard}: the supervisors' and management's page (who may: SecurityConfig), on the Tasklist/Cockpit login
 * or HTTP Basic. Server-rendered, tables included, so it reads without script and prints; the charts (Apache ECharts,
 * served from the webjar) draw the same numbers, and the page reloads its content every {@code refresh}.
 */
@Controller
@EnableConfigurationProperties(DashboardSettings.class)
class DashboardController {

    private final Dashboards dashboards;
    private final Actors actors;
    private final DashboardSettings settings;
    private final ObjectMapper json;

    DashboardController(Dashboards dashboards, Actors actors, DashboardSettings settings, ObjectMapper json) {
        this.dashboards = dashboards;
        this.actors = actors;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping("/dashboard")
    ModelAndView dashboard() throws JsonProcessingException {
        var dashboard = dashboards.at(actors.now());
        var page = new ModelAndView("dashboard/dashboard");
        page.addObject("d", dashboard);
        // Written into a data attribute: Thymeleaf escapes it there, so no value can end the element early.
        page.addObject("chartJson", json.writeValueAsString(dashboard.charts()));
        page.addObject("refreshSeconds", settings.refresh().toSeconds());
        return page;
    }
}
