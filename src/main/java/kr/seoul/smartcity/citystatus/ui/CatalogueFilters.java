package kr.seoul.smartcity.citystatus.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.directory.domain.Department;

/** The catalogue's filters: words, area, owning department and whether retired indicators show. */
class CatalogueFilters extends Div {

    private final TextField search = new TextField();
    private final ComboBox<IndicatorArea> area = new ComboBox<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Checkbox showRetired = new Checkbox();

    /** @param changed runs whenever a filter changes */
    CatalogueFilters(List<Department> departments, Runnable changed) {
        addClassName("catalogue-toolbar");
        search.setLabel(getTranslation("catalogue.filter.text"));
        search.setPlaceholder(getTranslation("catalogue.filter.text-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("catalogue-search");
        area.setLabel(getTranslation("catalogue.field.area"));
        area.setItemLabelGenerator(a -> a.name(getLocale()));
        area.setClearButtonVisible(true);
        area.setPlaceholder(getTranslation("catalogue.filter.all"));
        area.setId("catalogue-area-filter");
        department.setLabel(getTranslation("catalogue.field.owningDepartment"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setClearButtonVisible(true);
        department.setPlaceholder(getTranslation("catalogue.filter.all"));
        department.setId("catalogue-department-filter");
        showRetired.setLabel(getTranslation("catalogue.filter.retired"));
        showRetired.setId("catalogue-show-retired");
        search.addValueChangeListener(change -> changed.run());
        area.addValueChangeListener(change -> changed.run());
        department.addValueChangeListener(change -> changed.run());
        showRetired.addValueChangeListener(change -> changed.run());
        add(search, area, department, showRetired);
    }

    /** The areas to choose from, as the catalogue has them now. */
    void setAreas(List<IndicatorArea> areas) {
        area.setItems(areas);
    }

    /** The entries the filters let through, in their order. */
    List<CatalogueEntry> filter(List<CatalogueEntry> entries) {
        String words = search.getValue().strip().toLowerCase(Locale.ROOT);
        return entries.stream()
                .filter(e -> showRetired.getValue() || !e.retired())
                .filter(e -> area.getValue() == null
                        || e.indicator().area().equals(area.getValue().code()))
                .filter(e -> department.getValue() == null
                        || e.indicator()
                                .owningDepartment()
                                .equals(department.getValue().code()))
                .filter(e -> words.isEmpty() || matches(e, words))
                .toList();
    }

    private static boolean matches(CatalogueEntry entry, String words) {
        String text = String.join(
                        " ",
                        entry.code(),
                        entry.indicator().nameKo(),
                        entry.indicator().nameEn(),
                        entry.indicator().source(),
                        String.valueOf(entry.metadata().summaryKo()),
                        String.valueOf(entry.metadata().summaryEn()))
                .toLowerCase(Locale.ROOT);
        for (String word : words.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
