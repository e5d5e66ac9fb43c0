package com.maintflow.survey;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link SurveySettings}. */
@Configuration
@EnableConfigurationProperties(SurveySettings.class)
class SurveyConfiguration {
}
