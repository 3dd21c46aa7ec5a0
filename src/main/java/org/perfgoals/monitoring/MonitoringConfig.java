package org.perfgoals.monitoring;

import org.perfgoals.monitoring.domain.Evaluator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class MonitoringConfig {

    @Bean
    Evaluator evaluator(MonitoringProperties properties) {
        return new Evaluator(properties.thresholds());
    }
}
