package kr.seoul.smartcity.citystatus.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import kr.seoul.smartcity.citystatus.domain.ChangeKind;
import kr.seoul.smartcity.citystatus.domain.FieldChange;
import kr.seoul.smartcity.citystatus.domain.IndicatorChange;
import kr.seoul.smartcity.directory.domain.UserAccount;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** The history of an indicator, newest first: who changed it when, and each field that changed from what to what. */
class ChangeHistory extends Div {

    private static final int MAX_TEXT = 120;

    ChangeHistory(List<IndicatorChange> changes, DirectoryService directory) {
        addClassName("catalogue-history");
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("catalogue.history.none")));
            return;
        }
        for (IndicatorChange change : changes) {
            Div item = new Div();
            item.addClassNames(
                    "catalogue-change",
                    "catalogue-change-" + change.kind().name().toLowerCase());
            Span kind = new Span(getTranslation(change.kind().labelKey()));
            kind.addClassName("catalogue-change-kind");
            Span who = new Span(getTranslation(
                    "catalogue.history.by",
                    person(change.changedBy(), directory),
                    Formats.dateTime(change.changedAt()),
                    change.version()));
            who.addClassName("catalogue-change-who");
            Div head = new Div(kind, who);
            head.addClassName("catalogue-change-head");
            item.add(head);
            if (change.kind() != ChangeKind.CREATED) {
                List<FieldChange> fields = change.fieldChanges();
                if (!fields.isEmpty()) {
                    UnorderedList list = new UnorderedList();
                    fields.forEach(field -> list.add(new ListItem(getTranslation(
                            "catalogue.history.field",
                            getTranslation("catalogue.field." + field.field()),
                            shown(field.from()),
                            shown(field.to())))));
                    item.add(list);
                }
            }
            add(item);
        }
    }

    private String person(String username, DirectoryService directory) {
        if ("migration".equals(username)) {
            return getTranslation("catalogue.history.migration");
        }
        return directory
                .findAccount(username)
                .map(UserAccount::displayName)
                .map(name -> name + " (" + username + ")")
                .orElse(username);
    }

    private String shown(String value) {
        if (value == null || value.isEmpty()) {
            return getTranslation("catalogue.history.empty");
        }
        if (value.equals("true") || value.equals("false")) {
            return getTranslation("catalogue.history." + value);
        }
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) + "…" : value;
    }
}
