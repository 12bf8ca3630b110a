package kr.seoul.smartcity.call.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.call.domain.Participant;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** The people of a call, each with their department and where they are in it (invited, joined, left...). */
class CallParticipants extends Div {

    private final DirectoryService directory;

    CallParticipants(DirectoryService directory) {
        this.directory = directory;
        setId("call-participants");
        addClassName("call-participants");
    }

    void show(List<Participant> people) {
        removeAll();
        for (Participant p : people) {
            Div row = new Div();
            row.addClassNames(
                    "call-participant", "participant-" + p.state().name().toLowerCase());
            row.getElement().setAttribute("data-username", p.username());
            Span name = new Span(People.nameWithDepartment(directory, p.username(), getLocale()));
            Span state = new Span(getTranslation(p.state().labelKey()));
            state.addClassName("participant-state");
            row.add(name, state);
            add(row);
        }
    }
}
