package kr.seoul.smartcity.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.shell.service.PlatformStatusService;
import kr.seoul.smartcity.shell.service.ServiceStatus;
import org.springframework.modulith.NamedInterface;

/** Which services answer, and whether this installation runs on embedded services with demo data. */
@NamedInterface("ui")
public class PlatformStatusCard extends Composite<Section> {

    public PlatformStatusCard(PlatformStatusService status) {
        Section section = getContent();
        section.addClassNames("card", "platform-status");
        section.add(new H2(getTranslation("status.title")));
        Paragraph mode =
                new Paragraph(getTranslation(status.embedded() ? "status.mode.embedded" : "status.mode.server"));
        mode.addClassNames("platform-mode", status.embedded() ? "mode-embedded" : "mode-server");
        section.add(mode);
        for (ServiceStatus service : status.check()) {
            Span state = new Span(getTranslation(service.up() ? "status.up" : "status.down"));
            state.addClassNames("status-badge", service.up() ? "status-up" : "status-down");
            Span name = new Span(getTranslation(service.nameKey()));
            name.addClassName("status-name");
            Span detail = new Span(service.detail());
            detail.addClassName("status-detail");
            Div row = new Div(state, name, detail);
            row.addClassName("status-row");
            section.add(row);
        }
    }
}
