package kr.seoul.smartcity.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.security.service.CurrentUser;

/** Sign-in for the mayor and staff. Citizens need no account. */
@Route("login")
@AnonymousAllowed
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
        add(login, citizens);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
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
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
