package org.perfgoals.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Overload;
import org.perfgoals.base.api.Problems;
import org.perfgoals.security.token.ApiTokenAuthenticator;
import org.perfgoals.security.token.BearerTokenFilter;
import org.perfgoals.security.ui.LoginView;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Three chains: the actuator ({@link #actuatorSecurity}); the REST API under {@code /api/**}, which speaks HTTP
 * Basic and API tokens ({@code Bearer pgt_…}, {@link BearerTokenFilter}), keeps no session, answers 401 instead of
 * redirecting, and serves a credential it verified a moment ago from {@link CredentialCache}; and everything else,
 * the Vaadin UI with its login view and view-level {@code @RolesAllowed}. All log in the stored users
 * ({@code security.user}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfig {

    /** Where {@link LoginView} is routed, and so where Vaadin's login form posts to. */
    private static final String LOGIN_PATH = "/login";

    /**
     * 401 and 403 of the API are problem details like its other errors. The 401 sends no {@code WWW-Authenticate}
     * on purpose: a browser calling the API must not pop up its own login dialog.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, Problems problems, UserDetailsService users,
                                    PasswordEncoder encoder, CredentialCache cache,
                                    AuthenticationEventPublisher events, ApiTokenAuthenticator tokens,
                                    ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        http.securityMatcher("/api/**")
                // An import is decided here, before its body (a multipart batch is read by the container) is touched.
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/imports")
                        .hasAnyRole(Role.ADMIN_NAME, Role.MANAGER_NAME).anyRequest().authenticated());
        return statelessClients(http, problems, users, encoder, cache, events, tokens, contexts);
    }

    /**
     * The balancer's probes ({@code /actuator/health/liveness}, {@code /readiness}) and the overall health are open
     * (the health shows no details to them); info, metrics and the Prometheus scrape are for ADMIN, with Basic auth
     * or a token like the API.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, Problems problems, UserDetailsService users,
                                         PasswordEncoder encoder, CredentialCache cache,
                                         AuthenticationEventPublisher events, ApiTokenAuthenticator tokens,
                                         ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        .anyRequest().hasRole(Role.ADMIN_NAME));
        return statelessClients(http, problems, users, encoder, cache, events, tokens, contexts);
    }

    /** Basic auth (verified once, then cached) or a bearer token, no session, errors as problem details. */
    private static SecurityFilterChain statelessClients(
            HttpSecurity http, Problems problems, UserDetailsService users, PasswordEncoder encoder,
            CredentialCache cache, AuthenticationEventPublisher events,
            ApiTokenAuthenticator tokens, ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        WebHeaders.apply(http);
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
        checked.setPasswordEncoder(encoder);
        ProviderManager authentication = new ProviderManager(
                new CachingBasicAuthentication(checked, cache, users));
        // Failed and successful logins reach LoginAttempts as the UI's do.
        authentication.setAuthenticationEventPublisher(events);
        // A user or token that could not be read for want of a connection is no wrong password: 503, not 401.
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            if (Overload.is(failure)) {
                problems.write(request, response, problems.unavailable(problems.locale(request)));
            } else {
                problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHENTICATED,
                        "api.problem.unauthenticated.detail");
            }
        };
        AccessDeniedHandler denied = (request, response, failure) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "api.problem.forbidden.detail");
        return http.authenticationManager(authentication)
                .addFilterBefore(new BearerTokenFilter(tokens,
                        contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), problems),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic-auth clients send no CSRF token; there is no session cookie to forge.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, SessionRegistry sessions, UserAccounts accounts,
                                   ObjectProvider<SecurityContextHolderStrategy> contexts,
                                   @Value("${perfgoals.session.access-recheck:2s}") Duration recheck)
            throws Exception {
        // /error renders what failed behind the API too (as JSON for API clients); without this the UI's login rule
        // would turn every unexpected 500 into a bare 403.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**", "/error").permitAll());
        WebHeaders.apply(http);
        // Vaadin exempts the login post from the CSRF token; the form's origin is checked instead.
        http.addFilterBefore(new SameOriginLogin(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        // Every UI session is registered per user, so that a password change or a disable can end them.
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                .expiredUrl(LOGIN_PATH));
        // ... and those of a user changed on another node, at their next request (SessionAccessCheck).
        http.addFilterBefore(new SessionAccessCheck(accounts::principal, sessions,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), recheck),
                ConcurrentSessionFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        SecurityFilterChain chain = http.build();
        // Set on the built filter: configuring formLogin before Vaadin's configurer makes it leave out its own login
        // set-up (the page lost its CSRF token), and after it the configurer has already built the filter.
        chain.getFilters().stream().filter(UsernamePasswordAuthenticationFilter.class::isInstance)
                .map(UsernamePasswordAuthenticationFilter.class::cast)
                .forEach(login -> login.setAuthenticationFailureHandler(new LoginFailure(LOGIN_PATH + "?error")));
        return chain;
    }

    /** Static: a post-processor is created before the other beans, and must not pull them in early. */
    @Bean
    static LockingUserDetails lockingUserDetails(ObjectProvider<LoginAttempts> attempts) {
        return new LockingUserDetails(attempts);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry of sessions that end, so it does not keep them. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
