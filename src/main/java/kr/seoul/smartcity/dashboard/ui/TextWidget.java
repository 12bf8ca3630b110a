package kr.seoul.smartcity.dashboard.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import kr.seoul.smartcity.dashboard.domain.Widget;

/**
 * A title and a few lines an editor wrote: lines starting with "- " become a list, others paragraphs. Set as text,
 * never as markup.
 */
final class TextWidget {

    private TextWidget() {}

    static Section of(Widget widget, Locale locale) {
        Section card = new Section();
        card.addClassNames("card", "text-widget");
        String title = widget.title(locale);
        if (title != null && !title.isBlank()) {
            card.add(new H2(title));
        }
        UnorderedList list = null;
        String text = widget.text(locale) == null ? "" : widget.text(locale);
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("- ")) {
                if (list == null) {
                    list = new UnorderedList();
                    card.add(list);
                }
                list.add(new ListItem(trimmed.substring(2)));
            } else if (!trimmed.isEmpty()) {
                list = null;
                card.add(new Paragraph(trimmed));
            }
        }
        return card;
    }
}
