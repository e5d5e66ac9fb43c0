package com.maintflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets staff who are logged into Tasklist or Cockpit open the ticket page without a second (HTTP Basic) login: the
 * task description and the Cockpit plugin link there. Reads the Camunda webapps' own session login for the default
 * engine (user and groups, as the webapps checked them) and hands it to Spring Security; Basic still works for
 * everyone else. Only on the read-only {@code /tickets/**} chain and the customer staff pages, which have CSRF
 * protection: a session cookie is an ambient credential, so a chain with state-changing endpoints and no CSRF
 * protection (the API) must not accept it.
 * Not a bean, so Spring Boot does not also register it as a servlet filter for every URL.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
            var logins = AuthenticationUtil.getAuthsFromSession(session);
            if (logins != null && logins.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
                var authorities = user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getName(), null,
                        authorities));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
