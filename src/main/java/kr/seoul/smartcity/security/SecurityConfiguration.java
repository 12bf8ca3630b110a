package kr.seoul.smartcity.security;

import java.util.List;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.EmbeddingSites;
import kr.seoul.smartcity.security.service.SignInGuard;
import kr.seoul.smartcity.security.ui.LoginView;
import kr.seoul.smartcity.security.web.ContentSecurityPolicy;
import kr.seoul.smartcity.security.web.SecurityHeaderProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Views declare who may open them ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}); Vaadin's
 * configurer enforces that on the server for every navigation, including ones typed into the address bar.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * The administration API for automation ({@code /api/admin/**}): HTTP Basic with the same accounts, throttling
     * and sign-in log as the screens, no session and so no cookie another site could ride on (hence no CSRF token).
     * Staff only; what each person may do there is checked by the services, as for the screens.
     */
    @Bean
    @Order(1)
    SecurityFilterChain adminApiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(SecurityConfiguration::adminApi)
                .authorizeHttpRequests(requests -> requests
                        // the error page of a refused or failed API request answers in JSON, not with the sign-in page
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .anyRequest()
                        .hasAnyRole(Role.Names.ADMIN, Role.Names.OFFICIAL, Role.Names.MAYOR))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** A request for an embeddable page ({@code /embed/**}) or its script, style, data and events. */
    private static boolean embeddable(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/embed/");
    }

    /** A request to the administration API, or the error page of one. */
    private static boolean adminApi(HttpServletRequest request) {
        Object original = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : request.getRequestURI();
        return original instanceof String uri && uri.startsWith(request.getContextPath() + "/api/admin/");
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ContentSecurityPolicy policy, ObjectProvider<EmbeddingSites> embeddingSites)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/themes/**",
                        "/images/**",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/livez",
                        "/readyz",
                        // Prometheus scrapes the management port, which only the operators' network reaches
                        "/actuator/prometheus",
                        "/api/public/**",
                        // the app's icons and the kiosk's own manifest (Vaadin lets its generated PWA files through)
                        "/icons/**",
                        "/kiosk.webmanifest",
                        // public widgets for other sites' pages: no session, no sign-in
                        "/embed/**",
                        // the APIs' OpenAPI document and Swagger UI: they describe the APIs, whose own rules still hold
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/api/docs",
                        "/api/swagger-ui/**",
                        "/swagger-ui/**")
                .permitAll());
        http.headers(headers -> {
            // written before the response is handed on: Vaadin's page handler commits its response in a way that
            // headers written on commit never reach
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers
                    // frame-ancestors in the Content-Security-Policy says who may frame the app (itself and listed
                    // sites)
                    .frameOptions(frame -> frame.disable())
                    .contentSecurityPolicy(csp -> csp.policyDirectives(policy.forOtherResponses()))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicyHeader(
                            permissions -> permissions.policy(
                                    "camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=()"))
                    // HSTS on requests that came over TLS (behind a proxy: X-Forwarded-Proto with
                    // server.forward-headers-strategy=native)
                    .httpStrictTransportSecurity(
                            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                    // the embeddable pages may also be framed by the sites an administrator lists (written after the
                    // policy above, in its place)
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                            SecurityConfiguration::embeddable,
                            (request, response) -> response.setHeader(
                                    "Content-Security-Policy",
                                    policy.forEmbedding(embeddingSites
                                            .getIfAvailable(() -> List::of)
                                            .origins()))));
        });
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class, "/").defaultSuccessUrl("/office"))
                .build();
    }

    @Bean
    ContentSecurityPolicy contentSecurityPolicy(SecurityHeaderProperties properties) {
        return new ContentSecurityPolicy(properties.frameAncestors(), properties.connectSources());
    }

    /** Password sign-in, throttled per account and per client address. */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService users, PasswordEncoder encoder, SignInGuard guard) {
        return new ThrottledAuthenticationProvider(users, encoder, guard);
    }

    /** BCrypt by default; the stored hash names its algorithm, so it can be raised later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
