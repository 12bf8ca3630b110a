package kr.seoul.smartcity.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.SignInThrottledException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** Sign-in for the mayor and staff. Citizens need no account. */
@Route("login")
@AnonymousAllowed
@NamedInterface("ui")
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final LoginForm login = new LoginForm();

    LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        Paragraph citizens = new Paragraph(getTranslation("login.citizens"));
        citizens.addClassName("login-hint");
        // the page's one h1: the form's own title is a heading inside its shadow DOM
        add(new H1(getTranslation("app.title")), login, citizens);
    }

    private LoginI18n i18n() {
        return i18n(null);
    }

    /** The texts, with the error message that fits the failure: locked (with the wait), disabled, or wrong. */
    private LoginI18n i18n(Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        if (failure instanceof SignInThrottledException throttled) {
            error.setTitle(getTranslation("login.locked.title"));
            error.setMessage(getTranslation("login.locked.message", throttled.minutes()));
        } else if (failure instanceof DisabledException) {
            error.setTitle(getTranslation("login.disabled.title"));
            error.setMessage(getTranslation("login.disabled.message"));
        } else {
            error.setMessage(getTranslation("login.error.message"));
        }
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setError(failed);
        if (failed) {
            login.setI18n(i18n(lastFailure()));
        }
    }

    /** Why the last sign-in of this browser failed, as Spring Security left it in the session. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
