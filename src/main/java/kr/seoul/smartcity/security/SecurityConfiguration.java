package kr.seoul.smartcity.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import kr.seoul.smartcity.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Views declare who may open them ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}); Vaadin's
 * configurer enforces that on the server for every navigation, including ones typed into the address bar.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/themes/**", "/images/**", "/actuator/health", "/actuator/health/**", "/api/public/**")
                .permitAll());
        // the archive shows the application's own PDFs in an iframe; other sites still may not frame it
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/").defaultSuccessUrl("/office"))
                .build();
    }

    /** BCrypt by default; the stored hash names its algorithm, so it can be raised later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
