package com.maintflow.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource, switchable in tests to fail like an exhausted or unreachable Hikari pool
 * ({@link SQLTransientConnectionException}) so a database outage can be reproduced for exactly one request.
 */
class SwitchableDataSource extends DelegatingDataSource {

    private volatile boolean available = true;

    SwitchableDataSource(DataSource target) {
        super(target);
    }

    void goDown() {
        available = false;
    }

    void comeBack() {
        available = true;
    }

    @Override
    public Connection getConnection() throws SQLException {
        check();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        check();
        return super.getConnection(username, password);
    }

    private void check() throws SQLTransientConnectionException {
        if (!available) {
            // Hikari's own words when no connection arrives within connection-timeout.
            throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                    + " after 5000ms (simulated outage)");
        }
    }

    /** Wraps the application's DataSource bean, so JPA, Flyway and the engine all see the switch. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && "dataSource".equals(beanName)
                            ? new SwitchableDataSource(dataSource) : bean;
                }
            };
        }
    }
}
