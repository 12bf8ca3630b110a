package kr.seoul.smartcity.security;

import kr.seoul.smartcity.security.service.SignInGuard;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in with throttling: a locked account or address is refused before its password is checked, every
 * failure is counted and every outcome recorded ({@link SignInGuard}).
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInGuard guard;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInGuard guard) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        SignInGuard.Attempt attempt = attempt(authentication);
        guard.check(attempt);
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            guard.succeeded(attempt);
            return signedIn;
        } catch (BadCredentialsException e) {
            guard.failed(attempt);
            throw e;
        } catch (DisabledException e) {
            guard.disabled(attempt);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static SignInGuard.Attempt attempt(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        Object details = authentication.getDetails();
        String address = details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
        String agent = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                        && request.getRequest().getHeader("User-Agent") != null
                ? request.getRequest().getHeader("User-Agent")
                : "";
        return new SignInGuard.Attempt(username, address, agent);
    }
}
