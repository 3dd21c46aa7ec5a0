package org.perfgoals.base.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The body size limit of the API, registered ahead of the security filters. */
@Configuration
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfig {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ApiProperties properties,
                                                              Problems problems) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(properties, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
