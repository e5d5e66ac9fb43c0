package com.maintflow.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells a developer who just ran the README command where Tasklist and Cockpit are and how to log in. */
@Component
@Profile("dev")
class WhereToStart {

    private static final Logger log = LoggerFactory.getLogger(WhereToStart.class);

    private final Environment environment;

    WhereToStart(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printLinks() {
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        log.info("""

                ==== MaintFlow is ready ====
                Tasklist : {}/camunda/app/tasklist/
                Cockpit  : {}/camunda/app/cockpit/
                Admin    : {}/camunda/app/admin/
                Intake   : POST {}/api/requests
                Demo users (password demo): demo (admin), cs1 客服, eng1 工程师, sup1 主管, mgr1 经理, doc1 文档管理员
                """, base, base, base, base);
    }
}
