package org.perfgoals.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The response headers of both chains: Spring's defaults (nosniff, {@code X-Frame-Options: DENY}, HSTS, which
 * Spring sends only when {@code request.isSecure()}, i.e. over HTTPS or behind a trusted proxy that said
 * {@code X-Forwarded-Proto: https}), our Content-Security-Policy, and {@code Cache-Control: no-store} on everything
 * but Vaadin's static files (hashed bundles, push script), which Vaadin gives cache headers of its own.
 */
final class WebHeaders {

    private WebHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        NegatedRequestMatcher notStatic = new NegatedRequestMatcher(new OrRequestMatcher(
                paths.matcher("/VAADIN/build/**"), paths.matcher("/VAADIN/static/**")));
        http.headers(headers -> {
            headers.cacheControl(cache -> cache.disable())
                    .addHeaderWriter(
                            new DelegatingRequestMatcherHeaderWriter(notStatic, new CacheControlHeadersWriter()))
                    .addHeaderWriter(new ContentSecurityPolicy());
            // Written before the request runs, not when the response commits: Vaadin's pages are served through a
            // servlet forward, whose commit the lazy writer never sees, so they went out without any of these.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        });
    }
}
