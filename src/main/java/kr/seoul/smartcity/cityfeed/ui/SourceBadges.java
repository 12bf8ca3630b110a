package kr.seoul.smartcity.cityfeed.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.cityfeed.domain.SourceStatus;
import kr.seoul.smartcity.cityfeed.service.DeclaredSourceHealth;

/** The state badge and last error of a declared source, as its list and its page show them. */
final class SourceBadges {

    private SourceBadges() {}

    static Span state(Component in, DeclaredSourceHealth.State state) {
        Span badge = new Span(in.getTranslation(DataSourcesView.stateKey(state)));
        badge.addClassNames("status-badge", "source-state-" + state.name().toLowerCase(java.util.Locale.ROOT));
        switch (state) {
            case OK -> badge.addClassName("status-up");
            case FAILING, LATE -> badge.addClassName("status-down");
            default -> badge.getStyle().set("background", "var(--lumo-contrast-60pct)");
        }
        return badge;
    }

    static Div error(SourceStatus status, DeclaredSourceHealth.State state) {
        return error(status, state == DeclaredSourceHealth.State.FAILING);
    }

    /** When the last error was and what it said; in the error colour while the source still fails. */
    static Div error(SourceStatus status, boolean failingNow) {
        Div cell = new Div();
        cell.getStyle().set("overflow-wrap", "anywhere");
        if (status.lastErrorAt() != null) {
            Span at = new Span(SourceTexts.time(status.lastErrorAt()));
            at.addClassName("status-detail");
            Span message = new Span(status.lastError() == null ? "" : status.lastError());
            if (failingNow) {
                message.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            cell.add(new Div(at), new Div(message));
        }
        return cell;
    }
}
