package kr.seoul.smartcity.theme.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.archive.service.ArchiveHit;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.archive.service.ArchiveUnavailableException;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.civic.domain.CityProject;
import kr.seoul.smartcity.civic.service.ProjectSummary;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.theme.domain.ThemeItem;
import kr.seoul.smartcity.theme.domain.ThemeItemKind;
import kr.seoul.smartcity.theme.service.ThemeDraft;

/**
 * The items of a theme being edited, in their order, with buttons to move or remove each, and the fields that add
 * one: an indicator or a key project chosen from those the editor may see, a place by name and position, an archive
 * document found by its title. The note fields go with the next item added and are emptied after.
 */
class ThemeItemsEditor extends Div {

    private final Map<String, Indicator> indicatorsByCode;
    private final Map<String, CityProject> projectsByCode;
    private final Map<String, String> documentTitles = new HashMap<>();
    private final List<ThemeItem> items = new ArrayList<>();
    private final Div rows = new Div();
    private final TextField noteKo = new TextField();
    private final TextField noteEn = new TextField();

    ThemeItemsEditor(
            List<Indicator> indicators, List<ProjectSummary> projects, ArchiveSearchService archive, Viewer editor) {
        indicatorsByCode =
                indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a));
        projectsByCode = projects.stream()
                .map(ProjectSummary::project)
                .collect(Collectors.toMap(CityProject::code, Function.identity(), (a, b) -> a));
        rows.setId("theme-items");
        rows.addClassName("theme-admin-items");
        noteKo.setLabel(getTranslation("theme.field.note-ko"));
        noteKo.setId("theme-note-ko");
        noteKo.setMaxLength(ThemeDraft.MAX_NOTE);
        noteEn.setLabel(getTranslation("theme.field.note-en"));
        noteEn.setId("theme-note-en");
        noteEn.setMaxLength(ThemeDraft.MAX_NOTE);
        Div adders = new Div(
                row(noteKo, noteEn),
                indicatorAdder(indicators),
                projectAdder(projects),
                placeAdder(),
                documentAdder(archive, editor));
        adders.addClassName("theme-adders");
        add(
                new H2(getTranslation("theme.admin.items")),
                rows,
                new Paragraph(getTranslation("theme.admin.add-help")),
                adders);
    }

    /** Shows a theme's stored items; {@code titles} names its documents (by their archive number). */
    void setItems(List<ThemeItem> stored, Function<String, Optional<String>> titles) {
        items.clear();
        documentTitles.clear();
        stored.stream()
                .filter(item -> item.kind() == ThemeItemKind.DOCUMENT && item.reference() != null)
                .forEach(item ->
                        titles.apply(item.reference()).ifPresent(title -> documentTitles.put(item.reference(), title)));
        items.addAll(stored);
        show();
    }

    List<ThemeItem> items() {
        return List.copyOf(items);
    }

    private Div indicatorAdder(List<Indicator> indicators) {
        ComboBox<Indicator> indicator = new ComboBox<>(getTranslation("theme.kind.indicator"));
        indicator.setItems(indicators);
        indicator.setItemLabelGenerator(value -> value.name(getLocale()) + " (" + value.code() + ")");
        indicator.setId("theme-add-indicator");
        return row(indicator, addButton("theme-add-indicator-button", () -> {
            if (indicator.getValue() != null) {
                add(ThemeItem.indicator(indicator.getValue().code(), noteKo.getValue(), noteEn.getValue()));
                indicator.clear();
            }
        }));
    }

    private Div projectAdder(List<ProjectSummary> projects) {
        ComboBox<ProjectSummary> project = new ComboBox<>(getTranslation("theme.kind.project"));
        project.setItems(projects);
        project.setItemLabelGenerator(value ->
                value.project().name(getLocale()) + " (" + value.project().code() + ")");
        project.setId("theme-add-project");
        return row(project, addButton("theme-add-project-button", () -> {
            if (project.getValue() != null) {
                add(ThemeItem.project(project.getValue().project().code(), noteKo.getValue(), noteEn.getValue()));
                project.clear();
            }
        }));
    }

    private Div placeAdder() {
        TextField placeName = new TextField(getTranslation("theme.field.place-name"));
        placeName.setId("theme-place-name");
        NumberField latitude = new NumberField(getTranslation("theme.field.latitude"));
        latitude.setId("theme-place-lat");
        latitude.setPlaceholder("37.5665");
        NumberField longitude = new NumberField(getTranslation("theme.field.longitude"));
        longitude.setId("theme-place-lon");
        longitude.setPlaceholder("126.9780");
        return row(placeName, latitude, longitude, addButton("theme-add-place-button", () -> {
            if (!placeName.isEmpty() || latitude.getValue() != null || longitude.getValue() != null) {
                add(new ThemeItem(
                        ThemeItemKind.PLACE,
                        null,
                        placeName.getValue(),
                        latitude.getValue(),
                        longitude.getValue(),
                        noteKo.getValue(),
                        noteEn.getValue()));
                placeName.clear();
                latitude.clear();
                longitude.clear();
            }
        }));
    }

    /** Documents are found as one types words of their title, among those the editor may see. */
    private Div documentAdder(ArchiveSearchService archive, Viewer editor) {
        ComboBox<ArchiveHit> document = new ComboBox<>(getTranslation("theme.field.document"));
        document.setHelperText(getTranslation("theme.field.document.help"));
        document.setId("theme-add-document");
        document.setItemLabelGenerator(hit -> hit.title() + " · " + hit.issuedOn() + " (#" + hit.id() + ")");
        document.setItems(query -> {
            String typed = query.getFilter().orElse("").strip();
            Stream<ArchiveHit> found = typed.isEmpty() ? Stream.empty() : search(archive, editor, typed).stream();
            return found.skip(query.getOffset()).limit(query.getLimit());
        });
        return row(document, addButton("theme-add-document-button", () -> {
            if (document.getValue() != null) {
                documentTitles.put(
                        Long.toString(document.getValue().id()),
                        document.getValue().title());
                add(ThemeItem.document(document.getValue().id(), noteKo.getValue(), noteEn.getValue()));
                document.clear();
            }
        }));
    }

    private List<ArchiveHit> search(ArchiveSearchService archive, Viewer editor, String typed) {
        try {
            return archive.search(editor, ArchiveQuery.of(typed)).hits();
        } catch (ArchiveUnavailableException down) {
            return List.of();
        }
    }

    private Button addButton(String id, Runnable action) {
        Button button = new Button(getTranslation("theme.action.add"), VaadinIcon.PLUS.create(), click -> action.run());
        button.setId(id);
        return button;
    }

    private static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("theme-adder");
        return row;
    }

    private void add(ThemeItem item) {
        items.add(item);
        noteKo.clear();
        noteEn.clear();
        show();
    }

    private void show() {
        rows.removeAll();
        if (items.isEmpty()) {
            rows.add(new Span(getTranslation("theme.admin.no-items")));
        }
        for (int i = 0; i < items.size(); i++) {
            rows.add(row(i, items.get(i)));
        }
    }

    private ThemeItemRow row(int index, ThemeItem item) {
        String text = getTranslation(item.kind().labelKey()) + ": " + describe(item)
                + (item.note(getLocale()).isBlank() ? "" : " — " + item.note(getLocale()));
        return new ThemeItemRow(
                item, text, index == 0, index == items.size() - 1, () -> move(index, -1), () -> move(index, 1), () -> {
                    items.remove(index);
                    show();
                });
    }

    private void move(int index, int by) {
        int to = index + by;
        if (to >= 0 && to < items.size()) {
            items.add(to, items.remove(index));
            show();
        }
    }

    private String describe(ThemeItem item) {
        return switch (item.kind()) {
            case INDICATOR ->
                Optional.ofNullable(indicatorsByCode.get(item.reference()))
                        .map(found -> found.name(getLocale()))
                        .orElse(item.reference());
            case PROJECT ->
                Optional.ofNullable(projectsByCode.get(item.reference()))
                        .map(found -> found.name(getLocale()))
                        .orElse(item.reference());
            case PLACE -> item.placeName() + " (" + item.latitude() + ", " + item.longitude() + ")";
            case DOCUMENT ->
                Optional.ofNullable(documentTitles.get(item.reference()))
                                .map(title -> title + " ")
                                .orElse("") + "#" + item.reference();
        };
    }
}
