package kr.seoul.smartcity.civic.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.civic.domain.CivicIndex;
import kr.seoul.smartcity.civic.domain.IndexValue;
import kr.seoul.smartcity.civic.service.CivicIndexService;
import kr.seoul.smartcity.civic.service.InvalidIndexValueException;
import kr.seoul.smartcity.civic.service.ValueProblem;
import kr.seoul.smartcity.security.service.Viewer;

/** The form that enters an index's target or actual value for a year, for the city or one district. */
class IndexValueEntry extends Composite<Section> {

    private final CivicIndexService civic;
    private final Viewer viewer;
    private final String username;
    private final CivicIndex index;
    private final Runnable entered;
    private final Function<ValueProblem, String> describe;

    /**
     * @param entered runs after a value was entered
     * @param describe words a problem the service found
     */
    IndexValueEntry(
            CivicIndexService civic,
            Viewer viewer,
            String username,
            CivicIndex index,
            Runnable entered,
            Function<ValueProblem, String> describe) {
        this.civic = civic;
        this.viewer = viewer;
        this.username = username;
        this.index = index;
        this.entered = entered;
        this.describe = describe;
    }

    @Override
    protected Section initContent() {
        IntegerField year = new IntegerField(getTranslation("civic.year"));
        year.setId("entry-year");
        year.setValue(civic.latestYear());
        year.setStepButtonsVisible(true);
        ComboBox<SeoulDistrict> district = new ComboBox<>(getTranslation("civic.district"));
        district.setId("entry-district");
        district.setItems(SeoulDistrict.values());
        district.setItemLabelGenerator(d -> d.name(getLocale()));
        district.setPlaceholder(getTranslation("civic.city-wide"));
        district.setClearButtonVisible(true);
        district.setVisible(index.perDistrict());
        NumberField target = new NumberField(getTranslation("civic.target"));
        target.setId("entry-target");
        target.setSuffixComponent(new Span(index.unit()));
        NumberField actual = new NumberField(getTranslation("civic.actual"));
        actual.setId("entry-actual");
        actual.setSuffixComponent(new Span(index.unit()));
        Button save = new Button(getTranslation("civic.enter"), click -> {
            if (year.getValue() == null || (target.getValue() == null && actual.getValue() == null)) {
                year.setInvalid(year.getValue() == null);
                actual.setInvalid(actual.getValue() == null && target.getValue() == null);
                error(List.of(getTranslation("civic.problem.no-value")));
                return;
            }
            try {
                civic.enter(
                        viewer,
                        username,
                        index.code(),
                        year.getValue(),
                        district.getValue() == null
                                ? IndexValue.CITY
                                : district.getValue().code(),
                        target.getValue(),
                        actual.getValue());
                Notification.show(getTranslation("civic.entered"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                entered.run();
            } catch (InvalidIndexValueException e) {
                error(e.problems().stream().map(describe).toList());
            }
        });
        save.setId("entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(year, district, target, actual);
        return Card.titled(
                getTranslation("civic.entry"), new Paragraph(getTranslation("civic.entry.help")), form, save);
    }

    private static void error(List<String> lines) {
        Notification.show(String.join("\n", lines), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
