package com.maintflow.sla;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code maintflow.sla} for escalation: level 1 warns the engineers when {@code warningShare} of the
 * resolution target has run, level 3 calls management in at {@code managementShare} (past the deadline, level 2).
 */
@ConfigurationProperties("maintflow.sla")
public record EscalationSettings(@DefaultValue("0.75") BigDecimal warningShare,
                                 @DefaultValue("1.5") BigDecimal managementShare) {

    public EscalationSettings {
        if (warningShare.signum() <= 0 || warningShare.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("maintflow.sla.warning-share must lie between 0 and 1, is "
                    + warningShare);
        }
        if (managementShare.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("maintflow.sla.management-share must exceed 1, is " + managementShare);
        }
    }
}
