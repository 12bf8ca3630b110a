package kr.seoul.smartcity.directive.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** How directives read on screen: times in Seoul, department names, status and priority badges. */
final class DirectiveTexts {

    private DirectiveTexts() {}

    static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(Seoul.ZONE)
                .format(instant);
    }

    static String departments(DirectoryService directory, List<String> codes, Locale locale) {
        return codes.stream().map(code -> department(directory, code, locale)).collect(Collectors.joining(", "));
    }

    static String department(DirectoryService directory, String code, Locale locale) {
        return directory.findDepartment(code).map(d -> d.name(locale)).orElse(code);
    }

    static Span statusBadge(Component owner, Directive directive) {
        Span badge = new Span(owner.getTranslation(directive.status().labelKey()));
        badge.addClassNames(
                "directive-status",
                "directive-status-" + directive.status().name().toLowerCase());
        return badge;
    }

    static Span priorityBadge(Component owner, Directive directive) {
        Span badge = new Span(owner.getTranslation(directive.priority().labelKey()));
        badge.addClassNames(
                "directive-priority",
                "directive-priority-" + directive.priority().name().toLowerCase());
        return badge;
    }

    static String departmentName(Department department, Locale locale) {
        return department.name(locale);
    }
}
