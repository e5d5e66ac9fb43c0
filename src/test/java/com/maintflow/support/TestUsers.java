package com.maintflow.support;

import org.camunda.bpm.engine.IdentityService;

/**
 * Camunda users a test needs beyond the demo staff, e.g. an administrator under the mysql profile (which has no demo
 * users) or a member of a system group. Created once per database; Camunda user ids are letters and digits.
 */
public final class TestUsers {

    public static final String PASSWORD = "test-user-password-0123456789";

    private TestUsers() {
    }

    /** The user {@code id} in {@code group}, password {@link #PASSWORD}; nothing happens if it exists. */
    public static void given(IdentityService identity, String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
