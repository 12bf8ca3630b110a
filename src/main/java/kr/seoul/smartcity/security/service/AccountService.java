package kr.seoul.smartcity.security.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.directory.domain.UserAccount;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.domain.PasswordRules;
import kr.seoul.smartcity.security.domain.SignInEvent;
import kr.seoul.smartcity.security.domain.SignInOutcome;
import kr.seoul.smartcity.security.domain.SignInStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Staff accounts as their owners and administrators manage them: a member changes their own password; an
 * administrator disables and enables accounts and resets passwords (the owner then sets their own at the next
 * sign-in). Every change is in the sign-in audit, and the account's other sessions end on every instance. The rules
 * of who may are checked here, whatever screen calls.
 */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final DirectoryService directory;
    private final SignInGuard guard;
    private final SignInStore store;
    private final LiveEventBus events;

    AccountService(DirectoryService directory, SignInGuard guard, SignInStore store, LiveEventBus events) {
        this.directory = directory;
        this.guard = guard;
        this.store = store;
        this.events = events;
    }

    /**
     * Sets a new password for the member's own account; their sessions elsewhere end.
     *
     * @param keepSessionId the session in which they did it, which stays signed in
     * @throws AccountRefusedException if the current password is wrong or the new one breaks a rule
     */
    public void changeOwnPassword(
            AccountActor self, String current, String next, String repeated, String keepSessionId) {
        if (!directory.passwordMatches(self.username(), current == null ? "" : current)) {
            throw new AccountRefusedException("account.password.wrong-current");
        }
        PasswordRules.problem(self.username(), next, repeated).ifPresent(problem -> {
            throw new AccountRefusedException(problem);
        });
        if (next.equals(current)) {
            throw new AccountRefusedException("account.password.same");
        }
        directory.setPassword(self.username(), next, false);
        guard.accountChanged(self.username(), SignInOutcome.PASSWORD_CHANGED, null, self.clientAddress());
        events.publish(AccountSessionsEnded.TOPIC, new AccountSessionsEnded(self.username(), keepSessionId));
        log.info("'{}' changed their password", self.username());
    }

    /** Whether the member must set a password of their own before anything else. */
    public boolean mustChangePassword(String username) {
        return directory
                .findAccount(username)
                .map(UserAccount::mustChangePassword)
                .orElse(false);
    }

    /** Every account, for administrators. */
    public List<UserAccount> accounts(AccountActor actor) {
        requireAdministrator(actor);
        return directory.accounts();
    }

    /**
     * Disables or enables an account; a disabled account cannot sign in and its open sessions end.
     *
     * @throws AccountRefusedException if the actor is not an administrator, acts on their own account, or there is
     *                                 no such account
     */
    public void setEnabled(AccountActor actor, String username, boolean enabled) {
        requireAdministrator(actor);
        if (actor.username().equals(username)) {
            throw new AccountRefusedException("account.admin.not-yourself");
        }
        if (!directory.setEnabled(username, enabled)) {
            throw new AccountRefusedException("account.admin.unknown");
        }
        guard.accountChanged(
                username,
                enabled ? SignInOutcome.ACCOUNT_ENABLED : SignInOutcome.ACCOUNT_DISABLED,
                actor.username(),
                actor.clientAddress());
        if (!enabled) {
            events.publish(AccountSessionsEnded.TOPIC, new AccountSessionsEnded(username, ""));
        }
        log.warn(
                "Administrator '{}' {} the account '{}'", actor.username(), enabled ? "enabled" : "disabled", username);
    }

    /**
     * Sets a temporary password the administrator gives the owner; the owner must change it at the next sign-in,
     * and the account's open sessions end.
     *
     * @throws AccountRefusedException if the actor is not an administrator, the password breaks a rule, or there is
     *                                 no such account
     */
    public void resetPassword(AccountActor actor, String username, String temporary) {
        requireAdministrator(actor);
        PasswordRules.problem(username, temporary, temporary).ifPresent(problem -> {
            throw new AccountRefusedException(problem);
        });
        if (!directory.setPassword(username, temporary, true)) {
            throw new AccountRefusedException("account.admin.unknown");
        }
        guard.accountChanged(username, SignInOutcome.PASSWORD_RESET, actor.username(), actor.clientAddress());
        events.publish(AccountSessionsEnded.TOPIC, new AccountSessionsEnded(username, ""));
        log.warn("Administrator '{}' reset the password of '{}'", actor.username(), username);
    }

    /** The sign-in audit, for administrators: newest first. */
    public List<SignInEvent> audit(
            AccountActor actor,
            @Nullable String username,
            @Nullable SignInOutcome outcome,
            Instant from,
            Instant to,
            int limit) {
        requireAdministrator(actor);
        return store.events(username, outcome, from, to, Math.clamp(limit, 1, 1000));
    }

    /** A member's own recent sign-ins and account changes. */
    public List<SignInEvent> ownHistory(String username, int limit) {
        return store.events(username, null, Instant.EPOCH, Instant.now().plusSeconds(60), Math.clamp(limit, 1, 100));
    }

    public Optional<UserAccount> account(String username) {
        return directory.findAccount(username);
    }

    private static void requireAdministrator(AccountActor actor) {
        if (!actor.isAdministrator()) {
            throw new AccountRefusedException("account.admin.not-allowed");
        }
    }
}
