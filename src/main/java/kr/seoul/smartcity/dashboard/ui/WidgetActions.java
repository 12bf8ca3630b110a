package kr.seoul.smartcity.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.Tile;
import kr.seoul.smartcity.citystatus.ui.Formats;
import kr.seoul.smartcity.citystatus.ui.IndicatorDialog;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.Perspective;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.DashboardRefusedException;
import kr.seoul.smartcity.dataissue.ui.ReportProblemButton;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.usage.domain.UsageKind;
import org.jspecify.annotations.Nullable;

/**
 * What a reader can do with a widget, built only when they open its menu: its history and what the number is,
 * downloads, a report of a problem with the data, the code to embed it elsewhere (public widgets of public
 * dashboards), and a pin to their own dashboard (staff).
 */
class WidgetActions extends Dialog {

    private final WidgetToolkit kit;
    private final DashboardActor reader;
    private final Widget widget;
    private final Indicator indicator;
    private final @Nullable String district;

    WidgetActions(
            WidgetToolkit kit,
            DashboardActor reader,
            Dashboard dashboard,
            Widget widget,
            Indicator indicator,
            @Nullable String district,
            Tile seen) {
        this.kit = kit;
        this.reader = reader;
        this.widget = widget;
        this.indicator = indicator;
        this.district = district;
        addClassName("widget-actions");
        kit.uses.record(UsageKind.WIDGET, dashboard.slug() + "/" + widget.id());
        String place = district == null ? getTranslation("district.city") : Formats.district(district, getLocale());
        setHeaderTitle(indicator.name(getLocale()) + " · " + place);
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> close());
        close.setAriaLabel(getTranslation("dialog.close"));
        getHeader().add(close);
        add(historyAndDirective(place), downloads(), reportRow(seen));
        if (dashboard.openToPublic() && kit.dashboards.embeddable(widget.id()).isPresent()) {
            add(embedCode());
        }
        if (dashboard.perspective() == Perspective.PERSONAL && reader.isStaff()) {
            add(unpinButton());
        } else if (reader.isStaff()) {
            add(pinButton());
        }
    }

    /** The indicator's history and, for those who issue directives, a directive about what they see. */
    private Div historyAndDirective(String place) {
        Button history = new Button(getTranslation("widget.action.history"), click -> {
            close();
            new IndicatorDialog(kit.status, reader.viewer(), indicator, district == null ? "" : district).open();
        });
        history.setId("widget-history");
        Div actions = new Div(history);
        actions.addClassName("widget-action-row");
        // the mayor (and the other issuers) order a task about what they see, to the indicator's department
        kit.directiveButton
                .forContext(
                        DirectiveContext.of(
                                ContextKind.INDICATOR,
                                indicator.code(),
                                indicator.name(getLocale()) + (district == null ? "" : " · " + place),
                                "status"),
                        List.of(indicator.owningDepartment()))
                .ifPresent(actions::add);
        return actions;
    }

    /** CSV and JSON of a public indicator's series; a note that an internal one has none. */
    private Component downloads() {
        boolean publicIndicator =
                kit.status.indicator(Viewer.CITIZEN, indicator.code()).isPresent();
        if (!publicIndicator) {
            return new Paragraph(getTranslation("widget.action.download-internal"));
        }
        String series = "/api/public/indicators/" + indicator.code() + "/series"
                + (district == null ? "" : "?district=" + district);
        Anchor csv = new Anchor(
                "/api/public/indicators/" + indicator.code() + "/series.csv"
                        + (district == null ? "" : "?district=" + district),
                getTranslation("widget.action.csv"));
        csv.getElement().setAttribute("download", true);
        Anchor json = new Anchor(series, getTranslation("widget.action.json"));
        json.setTarget("_blank");
        Div downloads = new Div(new H3(getTranslation("widget.action.download")), csv, new Text(" · "), json);
        downloads.addClassName("widget-action-row");
        return downloads;
    }

    /** Report a problem with the data, with the value the reader saw. */
    private Div reportRow(Tile seen) {
        ReportProblemButton report = new ReportProblemButton(
                kit.issues,
                indicator.code(),
                district,
                widget.id(),
                seen.hasValue()
                        ? Formats.value(indicator, seen.value(), getLocale()) + " " + Formats.unit(this, indicator)
                        : null,
                seen.observedAt(),
                kit.currentUser,
                kit.rateLimits);
        report.setId("widget-report");
        Div reporting = new Div(report);
        reporting.addClassName("widget-action-row");
        return reporting;
    }

    /** The code that embeds the widget in another site. */
    private TextArea embedCode() {
        TextArea code = new TextArea(getTranslation("widget.action.embed"));
        code.setReadOnly(true);
        code.setWidthFull();
        code.setValue(EmbedSnippet.of(
                EmbedSnippet.baseUrl(), widget, getTranslation("app.title") + " · " + indicator.name(getLocale())));
        code.setHelperText(getTranslation("widget.action.embed.help"));
        code.setId("widget-embed-code");
        return code;
    }

    private Button unpinButton() {
        Button unpin = new Button(getTranslation("widget.action.unpin"), click -> {
            kit.dashboards.unpin(reader, widget.id());
            close();
        });
        unpin.setId("widget-unpin");
        return unpin;
    }

    private Button pinButton() {
        Button pin = new Button(getTranslation("widget.action.pin"), VaadinIcon.PIN.create(), click -> {
            try {
                kit.dashboards.pin(reader, widget);
                Notification.show(getTranslation("widget.action.pinned"));
                close();
            } catch (DashboardRefusedException refused) {
                Notification.show(
                        getTranslation(refused.key(), refused.arguments().toArray()));
            }
        });
        pin.setId("widget-pin");
        return pin;
    }
}
