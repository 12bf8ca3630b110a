package kr.seoul.smartcity.dataissue.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.dataissue.domain.DataIssue;
import kr.seoul.smartcity.dataissue.service.DataIssueProblem;
import kr.seoul.smartcity.dataissue.service.DataIssueRefusedException;
import kr.seoul.smartcity.dataissue.service.DataIssueService;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

/** How the screens of this feature name things. Everything a person wrote is set as text, never as markup. */
final class IssueTexts {

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Seoul.ZONE);

    private IssueTexts() {}

    static String indicatorName(Component on, DataIssueService issues, Viewer viewer, String code) {
        return issues.indicator(viewer, code)
                .map(indicator -> indicator.name(locale()))
                .orElse(code);
    }

    static String indicatorName(Component on, Indicator indicator) {
        return indicator.name(locale());
    }

    static String district(Component on, @Nullable String code) {
        if (code == null || code.isBlank()) {
            return on.getTranslation("data-issue.city-wide");
        }
        return SeoulDistrict.byCode(code)
                .map(district -> district.name(locale()))
                .orElse(code);
    }

    static String department(Component on, DataIssueService issues, String code) {
        return issues.department(code)
                .map(department -> department.name(locale()))
                .orElse(code);
    }

    /** The reader's language (components' own getLocale is not public). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.KOREAN : ui.getLocale();
    }

    static String time(@Nullable Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** What was reported: the indicator, where, and the value as the reporter saw it. */
    static DescriptionList facts(
            Component on,
            String indicatorName,
            @Nullable String districtCode,
            @Nullable String valueSeen,
            @Nullable Instant seenAsOf) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("data-issue-facts");
        add(facts, on.getTranslation("data-issue.indicator"), indicatorName);
        add(facts, on.getTranslation("data-issue.district"), district(on, districtCode));
        add(
                facts,
                on.getTranslation("data-issue.value-seen"),
                valueSeen == null || valueSeen.isBlank() ? on.getTranslation("data-issue.value-seen.none") : valueSeen);
        if (seenAsOf != null) {
            add(facts, on.getTranslation("data-issue.seen-as-of"), time(seenAsOf));
        }
        return facts;
    }

    static DescriptionList facts(Component on, String indicatorName, DataIssue issue) {
        return facts(on, indicatorName, issue.districtCode(), issue.valueSeen(), issue.seenAsOf());
    }

    static void add(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    static String problem(Component on, DataIssueProblem problem) {
        return on.getTranslation(problem.key(), problem.arguments().toArray());
    }

    static String refusal(Component on, DataIssueRefusedException refused) {
        return on.getTranslation(refused.key(), refused.arguments().toArray());
    }
}
