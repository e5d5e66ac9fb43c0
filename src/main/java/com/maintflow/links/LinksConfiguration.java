package com.maintflow.links;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link LinkSettings}; a missing or short secret fails the start, not the first link. */
@Configuration
@EnableConfigurationProperties(LinkSettings.class)
class LinksConfiguration {
}
