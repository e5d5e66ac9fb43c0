package com.maintflow.system;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The mysql profile is how MaintFlow runs for real: it refuses to start with an empty or well-known
 * admin password, without a secret to sign customer links, or with a JDBC URL missing the flags Camunda needs
 * on MySQL/MariaDB. It checks the
 * environment before any bean exists, so a refused start never creates the admin user in the database.
 * Registered in {@code META-INF/spring.factories}.
 */
public class MysqlSettingsGuard implements EnvironmentPostProcessor {

    private static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "camunda", "changeme");
    // Same floor as LinkSettings; repeated rather than imported so system does not depend on a capability.
    private static final int MIN_LINK_SECRET_LENGTH = 32;
    private static final String[] REQUIRED_URL_FLAGS = {"sendFractionalSeconds=false", "nullCatalogMeansCurrent=true"};

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("mysql"))) {
            check(environment.getProperty("camunda.bpm.admin-user.password", ""),
                    environment.getProperty("spring.datasource.url", ""));
            checkLinkSecret(environment.getProperty("maintflow.links.secret", ""));
        }
    }

    /** Signed customer links are forgeable with a guessable key; the message never echoes the value. */
    static void checkLinkSecret(String secret) {
        if (secret.length() < MIN_LINK_SECRET_LENGTH) {
            throw new IllegalStateException("MAINTFLOW_LINK_SECRET must be set to at least " + MIN_LINK_SECRET_LENGTH
                    + " characters for the mysql profile (it signs the customers' action links)");
        }
    }

    /** Throws {@link IllegalStateException} naming the environment variable to fix. */
    static void check(String adminPassword, String url) {
        // Stripped: "demo " from a sloppy .env file is still the demo password.
        if (adminPassword.isBlank() || WELL_KNOWN.contains(adminPassword.strip().toLowerCase())) {
            throw new IllegalStateException(
                    "MAINTFLOW_ADMIN_PASSWORD must be set to a non-default password for the mysql profile");
        }
        if (!url.startsWith("jdbc:mysql:")) {
            throw new IllegalStateException("MAINTFLOW_DB_URL must be a jdbc:mysql: URL for the mysql profile");
        }
        for (String flag : REQUIRED_URL_FLAGS) {
            if (!url.contains(flag)) {
                throw new IllegalStateException("MAINTFLOW_DB_URL must contain " + flag
                        + " (Camunda needs it on MySQL/MariaDB)");
            }
        }
    }
}
