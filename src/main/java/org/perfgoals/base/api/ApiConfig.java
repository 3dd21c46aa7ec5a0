package org.perfgoals.base.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The body size limit of the API, registered ahead of the security filters, and its {@code /error}. */
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

    /** Replaces Boot's (which backs off for any ErrorController bean): API paths get problem details. */
    @Bean
    ApiErrorController errorController(ErrorAttributes attributes, WebProperties web,
                                       ObjectProvider<ErrorViewResolver> resolvers, Problems problems) {
        return new ApiErrorController(attributes, web.getError(), resolvers.orderedStream().toList(), problems);
    }
}
