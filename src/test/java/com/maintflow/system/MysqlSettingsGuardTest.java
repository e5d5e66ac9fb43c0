package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * The mysql profile refuses to start on a default admin password, a JDBC URL Camunda cannot use, or without a
 * secret to sign customer links.
 */
class MysqlSettingsGuardTest {

    private static final String GOOD_URL =
            "jdbc:mysql://127.0.0.1:3306/maintflow?sendFractionalSeconds=false&nullCatalogMeansCurrent=true";
    private static final String GOOD_PASSWORD = "k3P-9qv!x2";
    private static final String GOOD_LINK_SECRET = "a-production-link-secret-of-32-chars+";

    private final MysqlSettingsGuard guard = new MysqlSettingsGuard();

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "demo", "Admin", "PASSWORD", "camunda", "changeme", " demo ", "demo\n"})
    void emptyOrWellKnownAdminPasswordIsRefused(String adminPassword) {
        var environment = mysqlEnvironment(adminPassword, GOOD_URL);

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("MAINTFLOW_ADMIN_PASSWORD must be set to a non-default password for the mysql profile");
    }

    @Test
    void missingAdminPasswordIsRefused() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", GOOD_URL);
        environment.setActiveProfiles("mysql");

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageStartingWith("MAINTFLOW_ADMIN_PASSWORD must be set");
    }

    @Test
    void nonMysqlUrlIsRefused() {
        var environment = mysqlEnvironment(GOOD_PASSWORD, "jdbc:h2:file:./data/maintflow");

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("MAINTFLOW_DB_URL must be a jdbc:mysql: URL for the mysql profile");
    }

    @Test
    void urlWithoutSendFractionalSecondsIsRefused() {
        var environment = mysqlEnvironment(GOOD_PASSWORD,
                "jdbc:mysql://127.0.0.1:3306/maintflow?nullCatalogMeansCurrent=true");

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessage("MAINTFLOW_DB_URL must contain sendFractionalSeconds=false (Camunda needs it on MySQL/MariaDB)");
    }

    @Test
    void urlWithoutNullCatalogMeansCurrentIsRefused() {
        var environment = mysqlEnvironment(GOOD_PASSWORD,
                "jdbc:mysql://127.0.0.1:3306/maintflow?sendFractionalSeconds=false");

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessage("MAINTFLOW_DB_URL must contain nullCatalogMeansCurrent=true (Camunda needs it on MySQL/MariaDB)");
    }

    @Test
    void ownPasswordAndCompleteUrlAreAccepted() {
        var environment = mysqlEnvironment(GOOD_PASSWORD, GOOD_URL);

        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short-link-secret-0123"})
    void missingOrShortLinkSecretIsRefusedWithoutEchoingIt(String secret) {
        var environment = mysqlEnvironment(GOOD_PASSWORD, GOOD_URL).withProperty("maintflow.links.secret", secret);

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("MAINTFLOW_LINK_SECRET must be set to at least 32 characters")
                .hasMessageNotContaining("short-link-secret");
    }

    @Test
    void otherProfilesAreNotChecked() {
        var environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", "demo")
                .withProperty("spring.datasource.url", "jdbc:h2:mem:maintflow-test");
        environment.setActiveProfiles("test");

        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    /** An environment as the mysql profile would see it, listed after test as in the CI run. */
    private static MockEnvironment mysqlEnvironment(String adminPassword, String url) {
        var environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", adminPassword)
                .withProperty("spring.datasource.url", url)
                .withProperty("maintflow.links.secret", GOOD_LINK_SECRET);
        environment.setActiveProfiles("test", "mysql");
        return environment;
    }
}
