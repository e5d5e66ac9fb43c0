package com.maintflow.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code maintflow.attachments}: how many files one submission may carry and how large each may be
 * (the portal and the intake API; e-mail attachments are kept as the mail server delivered them).
 */
@ConfigurationProperties("maintflow.attachments")
public record AttachmentSettings(@DefaultValue("5") int maxFiles, @DefaultValue("10MB") DataSize maxFileSize) {
}
