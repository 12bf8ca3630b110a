package kr.seoul.smartcity.security.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling and its audit.
 *
 * @param accountFailures failed sign-ins to one account within {@code window} that lock it for {@code lockout}
 * @param addressFailures failed sign-ins from one client address within {@code window} that lock the address (higher:
 *                        a city hall's staff may share one address behind a proxy)
 * @param window          how far back failures count
 * @param lockout         how long a locked account or address waits
 * @param auditRetention  how long the sign-in audit is kept
 */
@ConfigurationProperties("city.security.sign-in")
public record SignInProperties(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("30") int addressFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("365d") Duration auditRetention) {}
