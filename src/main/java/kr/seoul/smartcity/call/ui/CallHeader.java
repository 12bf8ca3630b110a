package kr.seoul.smartcity.call.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.call.domain.CallKind;
import kr.seoul.smartcity.call.domain.CallMode;

/**
 * The line above a call: which mode carries the media, voice or video, where the call stands, and while the media
 * connection is lost, that it is being restored (or could not be).
 */
class CallHeader extends Div {

    private final Span reconnecting = new Span();

    CallHeader(CallMode mode, CallKind kind, CallStatusLine status) {
        Span modeBadge = new Span(getTranslation(mode.labelKey()));
        modeBadge.setId("call-mode");
        modeBadge.addClassNames("call-mode", "badge");
        modeBadge.getElement().setAttribute("data-mode", mode.name());
        Span kindBadge = new Span(getTranslation(kind.labelKey()));
        kindBadge.addClassNames("call-kind", "badge");
        reconnecting.setId("call-reconnecting");
        reconnecting.addClassName("call-reconnecting");
        reconnecting.setText(getTranslation("call.reconnecting"));
        reconnecting.setVisible(false);
        add(modeBadge, kindBadge, status, reconnecting);
        addClassName("call-header");
    }

    /** Shows the state the browser reported for the media connection. */
    void mediaState(String state) {
        reconnecting.setVisible("reconnecting".equals(state) || "failed".equals(state));
        reconnecting.setText(getTranslation("failed".equals(state) ? "call.failed" : "call.reconnecting"));
    }
}
