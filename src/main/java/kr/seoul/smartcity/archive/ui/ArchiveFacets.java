package kr.seoul.smartcity.archive.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.ArchiveSearchResult;

/**
 * The archive's facets beside the results: type, department, year and tags with their counts; what is ticked
 * narrows the next search, and each tick searches again.
 */
class ArchiveFacets extends Div {

    private final Function<String, String> departmentName;
    private final Runnable changed;
    private final Set<ArchiveItemType> types = new LinkedHashSet<>();
    private final Set<String> departments = new LinkedHashSet<>();
    private final Set<Integer> years = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();

    /** @param changed runs when a facet is ticked or unticked */
    ArchiveFacets(Function<String, String> departmentName, Runnable changed) {
        this.departmentName = departmentName;
        this.changed = changed;
        setId("archive-facets");
        addClassName("archive-facets");
    }

    /** Unticks everything (the facets shown stay until the next search). */
    void clear() {
        types.clear();
        departments.clear();
        years.clear();
        tags.clear();
    }

    /** The query narrowed to what is ticked. */
    ArchiveQuery narrow(ArchiveQuery query) {
        return query.withFacets(Set.copyOf(types), Set.copyOf(departments), Set.copyOf(years), Set.copyOf(tags));
    }

    void show(ArchiveSearchResult.Facets result) {
        removeAll();
        add(facet(
                "type",
                getTranslation("archive.facet.type"),
                result.types(),
                v -> getTranslation(ArchiveItemType.valueOf(v).labelKey()),
                types,
                ArchiveItemType::valueOf));
        add(facet(
                "department",
                getTranslation("archive.facet.department"),
                result.departments(),
                departmentName,
                departments,
                Function.identity()));
        add(facet(
                "year",
                getTranslation("archive.facet.year"),
                result.years().stream()
                        .sorted((a, b) -> b.value().compareTo(a.value()))
                        .toList(),
                Function.identity(),
                years,
                Integer::valueOf));
        add(facet(
                "tags",
                getTranslation("archive.facet.tags"),
                result.tags(),
                Function.identity(),
                tags,
                Function.identity()));
    }

    private <T> Div facet(
            String key,
            String heading,
            List<ArchiveSearchResult.FacetCount> counts,
            Function<String, String> label,
            Set<T> selected,
            Function<String, T> parse) {
        Div group = new Div(new H2(heading));
        group.addClassName("archive-facet");
        group.getElement().setAttribute("data-facet", key);
        for (ArchiveSearchResult.FacetCount c : counts) {
            T value = parse.apply(c.value());
            Checkbox box = new Checkbox(label.apply(c.value()) + " (" + c.count() + ")");
            box.setValue(selected.contains(value));
            box.getElement().setAttribute("data-value", c.value());
            box.addValueChangeListener(change -> {
                if (change.getValue()) {
                    selected.add(value);
                } else {
                    selected.remove(value);
                }
                changed.run();
            });
            group.add(box);
        }
        if (counts.isEmpty()) {
            group.setVisible(false);
        }
        return group;
    }
}
