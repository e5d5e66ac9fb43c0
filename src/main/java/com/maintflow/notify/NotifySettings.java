package com.maintflow.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail delivery settings under {@code maintflow.notify}: sender address, Message-ID domain, and the retry
 * policy (attempts before a notification is marked FAILED, first back-off doubled per attempt up to a cap, and how old a publication must be before the sweep resubmits it), and how long a node's claim on a row lasts
 * (longer than any SMTP or webhook timeout, so it only lapses when the node died mid-send).
 */
@ConfigurationProperties("maintflow.notify")
public record NotifySettings(
        @DefaultValue("MaintFlow 维护服务 <noreply@maintflow.example>") String from,
        @DefaultValue("maintflow.example") String messageIdDomain,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstBackoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("PT10S") Duration resubmitGrace,
        @DefaultValue("PT2M") Duration claimLease) {

    /** Wait before attempt {@code attemptsSoFar + 1}: exponential, capped. */
    Duration backoffAfter(int attemptsSoFar) {
        Duration delay = firstBackoff.multipliedBy(1L << Math.min(Math.max(attemptsSoFar - 1, 0), 20));
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
