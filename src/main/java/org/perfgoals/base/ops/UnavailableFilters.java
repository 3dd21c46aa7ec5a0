package org.perfgoals.base.ops;

import java.time.Duration;
import org.perfgoals.base.api.Problems;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The two 503 filters, ahead of every other one, Spring Security's included: {@link StartingUp} first (nothing
 * passes a starting node), then {@link BusyDatabase} (so that it sees what Spring Security's filters throw).
 */
@Configuration
class UnavailableFilters {

    @Bean
    StartingUp startingUp(Problems problems, TranslationProvider messages) {
        return new StartingUp(problems, messages);
    }

    @Bean
    FilterRegistrationBean<StartingUp> startingUpFilter(StartingUp gate) {
        FilterRegistrationBean<StartingUp> registration = new FilterRegistrationBean<>(gate);
        registration.addUrlPatterns("/*");
        // After the character encoding filter (highest precedence), before everything else.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BusyDatabase> busyDatabaseFilter(TranslationProvider messages,
            @Value("${perfgoals.api.retry-after:5s}") Duration retryAfter) {
        FilterRegistrationBean<BusyDatabase> registration = new FilterRegistrationBean<>(
                new BusyDatabase(messages, (int) retryAfter.toSeconds()));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
