package kr.seoul.smartcity.summary.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import kr.seoul.smartcity.summary.domain.Passage;
import kr.seoul.smartcity.summary.domain.Summary;
import kr.seoul.smartcity.summary.domain.SummaryBullet;
import kr.seoul.smartcity.summary.domain.SummarySection;

/**
 * A finished summary, section by section; each bullet ends with the numbers of the passages it rests on, numbered
 * in the order they are first cited, each showing its passage's beginning and revealing the passage when pressed.
 */
class SummaryResult extends Div {

    SummaryResult() {
        setId("summary-result");
        addClassName("summary-result");
    }

    /**
     * Shows the summary.
     *
     * @param reveal receives the id of a passage whose number was pressed
     * @return the ids of the passages cited, in the order of their numbers
     */
    List<String> show(Summary summary, Map<String, Passage> passages, Consumer<String> reveal) {
        List<String> cited = new ArrayList<>();
        for (SummarySection section : SummarySection.values()) {
            List<SummaryBullet> bullets = summary.section(section);
            if (bullets.isEmpty()) {
                continue;
            }
            Div part = new Div(new H3(getTranslation(section.labelKey())));
            part.addClassName("summary-section");
            part.getElement().setAttribute("data-section", section.name());
            UnorderedList list = new UnorderedList();
            for (SummaryBullet bullet : bullets) {
                list.add(bullet(bullet, cited, passages, reveal));
            }
            part.add(list);
            add(part);
        }
        return cited;
    }

    private ListItem bullet(
            SummaryBullet bullet, List<String> cited, Map<String, Passage> passages, Consumer<String> reveal) {
        ListItem item = new ListItem();
        item.addClassName("summary-bullet");
        Span text = new Span(bullet.text());
        text.addClassName("summary-text");
        item.add(text);
        for (String id : bullet.citations()) {
            if (!cited.contains(id)) {
                cited.add(id);
            }
            int number = cited.indexOf(id) + 1;
            Button cite = new Button(String.valueOf(number), click -> reveal.accept(id));
            cite.addClassName("summary-cite");
            cite.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            cite.getElement().setAttribute("data-passage", id);
            cite.getElement().setAttribute("aria-label", getTranslation("summary.cite", number));
            cite.setTooltipText(snippet(passages.get(id)));
            item.add(cite);
        }
        return item;
    }

    private static String snippet(Passage passage) {
        if (passage == null) {
            return "";
        }
        return passage.text().length() > 160 ? passage.text().substring(0, 160) + "…" : passage.text();
    }
}
