package kr.seoul.smartcity.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Shown for an address that does not exist and for one the signed-in user may not open: the server does not say
 * which, so that internal addresses are not revealed.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassNames("page", "not-found");
        H1 title = new H1(getTranslation("error.not-found.title"));
        title.setId("not-found-title");
        Anchor home = new Anchor(".", getTranslation("error.not-found.home"));
        home.getElement().setAttribute("router-link", true);
        add(title, new Paragraph(getTranslation("error.not-found.text")), home);
        return 404;
    }
}
