package org.perfgoals.base.i18n;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** REST messages follow Accept-Language between Chinese and English, and are Chinese when none is sent. */
@Configuration
class ApiLocaleConfig {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(TranslationProvider.CHINESE);
        resolver.setSupportedLocales(List.of(TranslationProvider.CHINESE, TranslationProvider.ENGLISH));
        return resolver;
    }
}
