package com.maintflow.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for the staff layout's header ({@code ${@signedIn.name()}}): Thymeleaf 3.1 no longer offers the
 * servlet request to templates, and a page should not need its controller to pass the user along.
 */
@Component("signedIn")
public class SignedIn {

    /** The user id (HTTP Basic or the Tasklist/Cockpit login), empty when nobody is. */
    public String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? ""
                : authentication.getName();
    }
}
