package org.perfgoals.base.ops;

import org.perfgoals.base.api.Problems;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link StartingUp} ahead of every other filter, Spring Security's included. */
@Configuration
class StartingUpConfig {

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
}
