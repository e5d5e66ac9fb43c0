package com.maintflow.notify;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import com.maintflow.notify.webhook.WebhookSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The SMTP sender from {@code spring.mail.*} (fed by MAINTFLOW_SMTP_*), or, when no host is configured, a sender
 * that only logs, so dev and tests never reach out. Replaces Boot's sender, which would be built for an empty host.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties({MailProperties.class, NotifySettings.class, WebhookSettings.class})
class MailSenderSetup {

    private static final Logger log = LoggerFactory.getLogger(MailSenderSetup.class);

    @Bean
    JavaMailSender mailSender(MailProperties mail) {
        if (mail.getHost() == null || mail.getHost().isBlank()) {
            log.warn("No SMTP host configured (MAINTFLOW_SMTP_HOST): mails are logged, not sent");
            return new LoggingMailSender();
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost(mail.getHost());
        if (mail.getPort() != null) {
            sender.setPort(mail.getPort());
        }
        sender.setUsername(blankToNull(mail.getUsername()));
        sender.setPassword(blankToNull(mail.getPassword()));
        sender.setProtocol(mail.getProtocol());
        sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        var properties = new Properties();
        properties.putAll(mail.getProperties());
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
