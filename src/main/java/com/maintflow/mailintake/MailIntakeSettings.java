package com.maintflow.mailintake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The IMAP mailbox under {@code maintflow.mail.intake}; intake is off while {@code host} is empty. */
@ConfigurationProperties("maintflow.mail.intake")
public record MailIntakeSettings(
        @DefaultValue("") String host,
        @DefaultValue("993") int port,
        @DefaultValue("") String user,
        @DefaultValue("") String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("true") boolean ssl,
        @DefaultValue("PT1M") Duration pollInterval) {

    boolean enabled() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        // Never print the password, e.g. when settings are logged or shown in a failure message.
        return "MailIntakeSettings[host=" + host + ", port=" + port + ", user=" + user + ", folder=" + folder + "]";
    }
}
