/**
 * Sign-in, roles (MAYOR, OFFICIAL, ADMIN), the current user, and {@code DisclosurePolicy}, the one place that
 * decides what a viewer may see; sign-in throttling and the sign-in log ({@code SignInGuard}), accounts
 * ({@code AccountService}: own password, administrators' disable and reset, sessions ended on every instance), rate
 * limits ({@code RateLimiter}, {@code UiRateLimits}, the open data API's filter), the response headers and the
 * pages' CSP nonce ({@code web}); the account, accounts and sign-in log screens.
 */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"base", "directory::model", "directory::service"})
@NullMarked
package kr.seoul.smartcity.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
