package com.maintflow.system;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The mysql profile is how MaintFlow runs for real: it refuses to start with an empty or well-known
 * admin password, or with a JDBC URL missing the flags Camunda needs on MySQL/MariaDB.
 */
@Component
@Profile("mysql")
class MysqlSettingsGuard {

    private static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "camunda", "changeme");
    private static final String[] REQUIRED_URL_FLAGS = {"sendFractionalSeconds=false", "nullCatalogMeansCurrent=true"};

    MysqlSettingsGuard(@Value("${camunda.bpm.admin-user.password:}") String adminPassword,
                       @Value("${spring.datasource.url:}") String url) {
        if (adminPassword.isBlank() || WELL_KNOWN.contains(adminPassword.toLowerCase())) {
            throw new IllegalStateException("MAINTFLOW_ADMIN_PASSWORD must be set to a non-default password for the mysql profile");
        }
        if (!url.startsWith("jdbc:mysql:")) {
            throw new IllegalStateException("MAINTFLOW_DB_URL must be a jdbc:mysql: URL for the mysql profile (got '"
                    + url.replaceAll("password=[^&]*", "password=***") + "')");
        }
        for (String flag : REQUIRED_URL_FLAGS) {
            if (!url.contains(flag)) {
                throw new IllegalStateException("MAINTFLOW_DB_URL must contain " + flag + " (Camunda on MySQL/MariaDB)");
            }
        }
    }
}
