package com.maintflow.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishes {@link EngineClock} as the application's {@link Clock}. */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock() {
        return new EngineClock();
    }
}
