package com.maintflow.links;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code maintflow.links}: the public base URL links point to, the HMAC secret that signs them
 * (environment {@code MAINTFLOW_LINK_SECRET}; never logged) and how long a link stays valid.
 */
@ConfigurationProperties("maintflow.links")
public record LinkSettings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        String secret,
        @DefaultValue("P14D") Duration validity) {

    /** Shorter secrets make the HMAC guessable in practice; 32 characters is the floor we accept. */
    public static final int MIN_SECRET_LENGTH = 32;

    public LinkSettings {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("maintflow.links.secret (MAINTFLOW_LINK_SECRET) must be set to at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
