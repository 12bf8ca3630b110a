package kr.seoul.smartcity.civic.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.civic.domain.Pledge;

/** One of the mayor's pledges: its title and state, sector and department, and its progress as a bar. */
class PledgeCard extends Div {

    /** @param colour the pledge's state's colour, as on the map */
    PledgeCard(Pledge pledge, String departmentName, String colour) {
        Span title = new Span(pledge.title(getLocale()));
        title.addClassName("gantt-name");
        Span status = new Span(getTranslation(pledge.status().labelKey()));
        status.addClassNames(
                "achievement",
                switch (pledge.status()) {
                    case DONE -> "achievement-met";
                    case DELAYED -> "achievement-behind";
                    case ON_TRACK -> "achievement-close";
                    case PLANNED -> "achievement-none";
                });
        Span about = new Span(getTranslation(pledge.sector().labelKey()) + " · " + departmentName);
        about.addClassName("project-about");
        Div bar = new Div();
        bar.addClassName("theme-bar");
        Div fill = new Div();
        fill.addClassName("theme-bar-fill");
        fill.getStyle().set("background", colour);
        fill.setWidth(String.format(Locale.ROOT, "%.1f%%", pledge.progress()));
        bar.add(fill);
        Span progress =
                new Span(getTranslation("project.progress", Achievement.number(pledge.progress(), getLocale())));
        progress.addClassName("theme-counts");
        Div head = new Div(title, status);
        head.addClassName("theme-head");
        add(head, about, bar, progress);
        addClassNames("card", "pledge-card");
        getElement().setAttribute("data-pledge", pledge.code());
        getElement().setAttribute("data-status", pledge.status().name());
    }
}
