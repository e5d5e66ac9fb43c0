package com.maintflow.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code maintflow.dashboard}: how far ahead, in working minutes of each clock's calendar, a warning or
 * deadline puts a request on the at-risk list; how often the open page refreshes itself; how many months the trends
 * cover (the current one included).
 */
@ConfigurationProperties("maintflow.dashboard")
record DashboardSettings(@DefaultValue("240") long atRiskWorkingMinutes, @DefaultValue("PT1M") Duration refresh,
                         @DefaultValue("12") int months) {

    DashboardSettings {
        if (atRiskWorkingMinutes <= 0 || months <= 0 || refresh.toSeconds() < 10) {
            throw new IllegalArgumentException("maintflow.dashboard: at-risk-working-minutes and months must be positive"
                    + " and refresh at least PT10S");
        }
    }
}
