package com.maintflow.customer;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the staff member of the HTTP call (API Basic login or the pages' session); changes made
 * by the application itself (demo data, start-up) are "system". Envers instantiates it, so it reads the security
 * context directly rather than through a bean.
 */
class ChangeRevisionActor implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName());
        ((ChangeRevision) revision).setActor(staff ? auth.getName() : SYSTEM);
    }
}
