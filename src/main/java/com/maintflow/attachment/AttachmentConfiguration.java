package com.maintflow.attachment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link AttachmentSettings}. */
@Configuration
@EnableConfigurationProperties(AttachmentSettings.class)
class AttachmentConfiguration {
}
