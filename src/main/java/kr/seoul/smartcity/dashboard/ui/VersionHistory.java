package kr.seoul.smartcity.dashboard.ui;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.citystatus.ui.Formats;
import kr.seoul.smartcity.dashboard.domain.DashboardVersion;

/** The dashboard editor's saved versions, newest first, each but the current one with a button that restores it. */
class VersionHistory extends Section {

    private final Div versions = new Div();
    private final IntConsumer restore;

    /** @param restore receives the number of the version to restore */
    VersionHistory(IntConsumer restore) {
        this.restore = restore;
        versions.setId("editor-versions");
        add(new H2(getTranslation("dashboard.versions")), versions);
        addClassName("card");
    }

    void show(List<DashboardVersion> saved, int current) {
        versions.removeAll();
        for (DashboardVersion version : saved) {
            Span what = new Span("v" + version.version() + " · " + version.changedBy() + " · "
                    + Formats.time(version.changedAt(), getLocale())
                    + (version.note() == null || version.note().isBlank() ? "" : " · " + version.note()));
            Div row = new Div(what);
            row.addClassName("version-row");
            row.getElement().setAttribute("data-version", String.valueOf(version.version()));
            if (version.version() != current) {
                Button button =
                        new Button(getTranslation("dashboard.restore"), click -> restore.accept(version.version()));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.addClassName("version-restore");
                row.add(button);
            }
            versions.add(row);
        }
    }
}
