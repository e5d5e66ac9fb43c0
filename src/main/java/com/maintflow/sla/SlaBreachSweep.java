package com.maintflow.sla;

import com.maintflow.system.Actors;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Records breaches of clocks still running past their deadline, so a ticket nobody touches is counted in the
 * report and priced without waiting for it to stop. Once a minute: deadlines are kept to the minute.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SlaBreachSweep {

    private final SlaClocks clocks;
    private final Actors actors;

    SlaBreachSweep(SlaClocks clocks, Actors actors) {
        this.clocks = clocks;
        this.actors = actors;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void recordOverdue() {
        clocks.recordOverdue(actors.now());
    }
}
