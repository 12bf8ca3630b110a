package kr.seoul.smartcity.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import kr.seoul.smartcity.security.service.AccountService;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * After an administrator reset a member's password, every page leads to {@link AccountView} until they set one of
 * their own. Asked once per session and member, not on every navigation.
 */
@Component
class PasswordChangeRequired implements VaadinServiceInitListener {

    private static final String CHECKED = PasswordChangeRequired.class.getName() + ".checked";

    private final AccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeRequired(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (AccountView.class.equals(event.getNavigationTarget())) {
            return;
        }
        currentUser.get().ifPresent(user -> {
            VaadinSession session = VaadinSession.getCurrent();
            if (session != null && user.getUsername().equals(session.getAttribute(CHECKED))) {
                return;
            }
            if (accounts.mustChangePassword(user.getUsername())) {
                event.forwardTo(AccountView.class);
            } else if (session != null) {
                session.setAttribute(CHECKED, user.getUsername());
            }
        });
    }

    /** The member set their own password: no more detours in this session. */
    static void changed(String username) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(CHECKED, username);
        }
    }
}
