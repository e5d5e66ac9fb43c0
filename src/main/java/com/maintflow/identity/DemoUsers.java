package com.maintflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo staff for the dev and test profiles only, all with password {@code demo}: one user per group,
 * and {@code demo} (Camunda admin, created by {@code camunda.bpm.admin-user}) in every group.
 */
@Component
@Profile({"dev", "test"})
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    private static final String DEMO_PASSWORD = "demo";

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(3)
    void createDemoUsers() {
        user("cs1", "客服", "一号 / Customer service 1", StaffGroup.CUSTOMER_SERVICE);
        user("eng1", "工程师", "一号 / Engineer 1", StaffGroup.MAINTENANCE_ENGINEERS);
        user("sup1", "主管", "一号 / Supervisor 1", StaffGroup.SUPERVISORS);
        user("mgr1", "经理", "一号 / Manager 1", StaffGroup.MANAGEMENT);
        user("doc1", "文档管理员", "一号 / Document manager 1", StaffGroup.DOCUMENT_MANAGERS);
        user("trn1", "讲师", "一号 / Trainer 1", StaffGroup.TRAINERS);
        user("trainer1", "培训讲师", "一号 / Trainer one", StaffGroup.TRAINERS);
        if (identityService.createUserQuery().userId("demo").count() > 0) {
            for (StaffGroup group : StaffGroup.values()) {
                addMembership("demo", group.id());
            }
        }
        log.info("Demo users ready (dev/test profile only)");
    }

    private void user(String id, String firstName, String lastName, StaffGroup group) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            var user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@maintflow.example");
            user.setPassword(DEMO_PASSWORD);
            identityService.saveUser(user);
        }
        addMembership(id, group.id());
    }

    private void addMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
