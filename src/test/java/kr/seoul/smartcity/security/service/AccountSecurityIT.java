package kr.seoul.smartcity.security.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.directory.service.NewAccount;
import kr.seoul.smartcity.security.domain.SignInEvent;
import kr.seoul.smartcity.security.domain.SignInOutcome;
import kr.seoul.smartcity.security.domain.SignInStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in throttling, the audit and account administration on the real PostgreSQL, through the same authentication
 * provider the sign-in form uses. Each test makes its own accounts and client addresses, so the demo users and the
 * other tests (all from 127.0.0.1) are never locked.
 */
@CityIntegrationTest
class AccountSecurityIT {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    DirectoryService directory;

    @Autowired
    AccountService accounts;

    @Autowired
    SignInStore store;

    @Autowired
    SignInProperties properties;

    private static final String PASSWORD = "seoul-river-lantern-42";

    private String account(Role role) {
        String username = "acct" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        directory.openAccount(
                new NewAccount(username, "시험 " + username, PASSWORD, role, role == Role.OFFICIAL ? "TRAFFIC" : null));
        return username;
    }

    private static String address() {
        return "198.51.100." + (1 + (int) (Math.random() * 250)) + "."
                + UUID.randomUUID().toString().substring(0, 4);
    }

    private Authentication attempt(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return signIn.authenticate(token);
    }

    private List<SignInOutcome> audit(String username) {
        return store.events(username, null, Instant.EPOCH, Instant.now().plusSeconds(60), 100).stream()
                .map(SignInEvent::outcome)
                .toList();
    }

    @Test
    void anAccountIsLockedAfterRepeatedFailuresEvenForTheRightPasswordAndUnlockedByTime() {
        String username = account(Role.OFFICIAL);
        String from = address();
        for (int i = 1; i < properties.accountFailures(); i++) {
            assertThatThrownBy(() -> attempt(username, "wrong", from)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt(username, PASSWORD, from).isAuthenticated())
                .as("below the limit a good password works")
                .isTrue();
        for (int i = 0; i < properties.accountFailures(); i++) {
            assertThatThrownBy(() -> attempt(username, "wrong", address())).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(username, PASSWORD, address()))
                .as("locked: not even the right password")
                .isInstanceOfSatisfying(
                        SignInThrottledException.class,
                        e -> assertThat(e.minutes())
                                .isBetween(1L, properties.lockout().toMinutes()));
        assertThat(audit(username))
                .contains(SignInOutcome.SUCCESS, SignInOutcome.BAD_CREDENTIALS, SignInOutcome.LOCKED);

        // the lock ends with its time, as every instance sees it in PostgreSQL
        Instant later = Instant.now().plus(properties.lockout()).plusSeconds(5);
        assertThat(store.lockedUntil("account:" + username, later)).isEmpty();
        assertThat(store.lockedUntil("account:" + username, Instant.now())).isPresent();
    }

    @Test
    void anUnknownUsernameIsTreatedExactlyLikeAKnownOne() {
        String ghost = "ghost" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < properties.accountFailures(); i++) {
            assertThatThrownBy(() -> attempt(ghost, "wrong", address())).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(ghost, "wrong", address())).isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedForAllOfThem() {
        String from = address();
        for (int i = 0; i < properties.addressFailures(); i++) {
            String someone = "spray" + i + UUID.randomUUID().toString().substring(0, 6);
            assertThatThrownBy(() -> attempt(someone, "123456", from)).isInstanceOf(BadCredentialsException.class);
        }
        String username = account(Role.OFFICIAL);
        assertThatThrownBy(() -> attempt(username, PASSWORD, from)).isInstanceOf(SignInThrottledException.class);
        assertThat(attempt(username, PASSWORD, address()).isAuthenticated())
                .as("from elsewhere the account works")
                .isTrue();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        String key = "account:window" + UUID.randomUUID();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Duration window = Duration.ofMinutes(15);
        for (int i = 0; i < 4; i++) {
            assertThat(store.countFailure(key, start.plusSeconds(i), window, 5, Duration.ofMinutes(15)))
                    .isEmpty();
        }
        // the fifth failure comes after the window: the count starts again
        assertThat(store.countFailure(key, start.plus(Duration.ofMinutes(20)), window, 5, Duration.ofMinutes(15)))
                .isEmpty();
        Instant late = start.plus(Duration.ofMinutes(20));
        for (int i = 1; i < 4; i++) {
            assertThat(store.countFailure(key, late.plusSeconds(i), window, 5, Duration.ofMinutes(15)))
                    .isEmpty();
        }
        assertThat(store.countFailure(key, late.plusSeconds(10), window, 5, Duration.ofMinutes(15)))
                .contains(late.plusSeconds(10).plus(Duration.ofMinutes(15)));
    }

    @Test
    void membersChangeTheirOwnPasswordByTheRules() {
        String username = account(Role.OFFICIAL);
        AccountActor self = new AccountActor(username, Role.OFFICIAL, address());
        String next = "namsan-tower-morning-7";
        assertRefused(
                () -> accounts.changeOwnPassword(self, "not-it", next, next, ""), "account.password.wrong-current");
        assertRefused(
                () -> accounts.changeOwnPassword(self, PASSWORD, "short", "short", ""), "account.password.too-short");
        assertRefused(
                () -> accounts.changeOwnPassword(self, PASSWORD, next, next + "x", ""), "account.password.mismatch");
        assertRefused(
                () -> accounts.changeOwnPassword(
                        self, PASSWORD, username + "-2026-seoul", username + "-2026-seoul", ""),
                "account.password.contains-username");
        assertRefused(
                () -> accounts.changeOwnPassword(self, PASSWORD, "aaaaaaaaaaaaaa", "aaaaaaaaaaaaaa", ""),
                "account.password.too-simple");
        assertThat(attempt(username, PASSWORD, address()).isAuthenticated())
                .as("nothing changed")
                .isTrue();

        accounts.changeOwnPassword(self, PASSWORD, next, next, "");
        assertThatThrownBy(() -> attempt(username, PASSWORD, address())).isInstanceOf(BadCredentialsException.class);
        assertThat(attempt(username, next, address()).isAuthenticated()).isTrue();
        assertThat(audit(username)).contains(SignInOutcome.PASSWORD_CHANGED);
    }

    @Test
    void administratorsDisableEnableAndResetOthersOnly() {
        String username = account(Role.OFFICIAL);
        String admin = account(Role.ADMIN);
        AccountActor administrator = new AccountActor(admin, Role.ADMIN, address());
        AccountActor official = new AccountActor(account(Role.OFFICIAL), Role.OFFICIAL, address());

        assertRefused(() -> accounts.setEnabled(official, username, false), "account.admin.not-allowed");
        assertRefused(
                () -> accounts.resetPassword(official, username, "temporary-pass-1234"), "account.admin.not-allowed");
        assertRefused(() -> accounts.accounts(official), "account.admin.not-allowed");
        assertRefused(() -> accounts.setEnabled(administrator, admin, false), "account.admin.not-yourself");
        assertRefused(
                () -> accounts.setEnabled(administrator, "nobody-" + UUID.randomUUID(), false),
                "account.admin.unknown");

        accounts.setEnabled(administrator, username, false);
        assertThatThrownBy(() -> attempt(username, PASSWORD, address())).isInstanceOf(DisabledException.class);
        accounts.setEnabled(administrator, username, true);
        assertThat(attempt(username, PASSWORD, address()).isAuthenticated()).isTrue();

        assertRefused(() -> accounts.resetPassword(administrator, username, "short"), "account.password.too-short");
        accounts.resetPassword(administrator, username, "Temporary-Lantern-88");
        assertThat(accounts.mustChangePassword(username)).isTrue();
        assertThat(attempt(username, "Temporary-Lantern-88", address()).isAuthenticated())
                .isTrue();
        accounts.changeOwnPassword(
                new AccountActor(username, Role.OFFICIAL, address()),
                "Temporary-Lantern-88",
                "river-bridge-autumn-5",
                "river-bridge-autumn-5",
                "");
        assertThat(accounts.mustChangePassword(username)).isFalse();

        List<SignInEvent> audit = accounts.audit(
                administrator, username, null, Instant.EPOCH, Instant.now().plusSeconds(60), 100);
        assertThat(audit)
                .extracting(SignInEvent::outcome)
                .contains(
                        SignInOutcome.ACCOUNT_DISABLED,
                        SignInOutcome.ACCOUNT_ENABLED,
                        SignInOutcome.PASSWORD_RESET,
                        SignInOutcome.DISABLED);
        assertThat(audit)
                .filteredOn(event -> event.outcome() == SignInOutcome.PASSWORD_RESET)
                .extracting(SignInEvent::actor)
                .containsOnly(admin);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
