package kr.seoul.smartcity.call.ui;

import java.util.List;

import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.call.domain.Call;
import kr.seoul.smartcity.call.domain.CallStatus;
import kr.seoul.smartcity.call.domain.Participant;
import kr.seoul.smartcity.call.domain.ParticipantState;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** Where a call stands, in words: whom it is ringing (for a call, not a room), or its status. */
class CallStatusLine extends Span {

    private final DirectoryService directory;

    CallStatusLine(DirectoryService directory) {
        this.directory = directory;
        setId("call-status");
        addClassName("call-status");
    }

    /** Shows the call's status; says whether it is still ringing someone invited. */
    boolean show(Call call, List<Participant> people) {
        boolean ringing = call.status() == CallStatus.RINGING
                && people.stream().anyMatch(p -> p.state() == ParticipantState.INVITED);
        if (ringing && !call.room()) {
            List<String> called = people.stream()
                    .filter(p -> p.state() == ParticipantState.INVITED)
                    .map(p -> People.name(directory, p.username()))
                    .toList();
            setText(getTranslation("call.ringing", String.join(", ", called)));
        } else {
            setText(getTranslation(call.status().labelKey()));
        }
        getElement()
                .setAttribute("data-status", ringing ? "RINGING" : call.status().name());
        return ringing;
    }
}
