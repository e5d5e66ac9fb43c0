package com.maintflow.sla;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link EscalationSettings} (the warning and management shares of each clock). */
@Configuration
@EnableConfigurationProperties(EscalationSettings.class)
class EscalationConfiguration {
}
