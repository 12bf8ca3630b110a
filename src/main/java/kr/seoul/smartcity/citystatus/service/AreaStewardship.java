package kr.seoul.smartcity.citystatus.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.domain.IndicatorAreaStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The list of areas the catalogue files indicators under, kept by administrators: add, rename, reorder, and retire
 * an area that no indicator in use belongs to. Every member of staff reads it.
 */
@Service
public class AreaStewardship {

    /** The EU data themes (publications.europa.eu/resource/authority/data-theme). */
    public static final List<String> EU_THEMES = List.of(
            "AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST", "REGI", "SOCI", "TECH", "TRAN");

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,23}");
    private static final int MAX_NAME = 100;

    private final IndicatorAreaStore store;
    private final IndicatorCatalog catalog;
    private final LiveEventBus events;

    AreaStewardship(IndicatorAreaStore store, IndicatorCatalog catalog, LiveEventBus events) {
        this.store = store;
        this.catalog = catalog;
        this.events = events;
    }

    /** Every area, retired ones too, in display order. */
    public List<IndicatorArea> areas(CatalogueActor actor) {
        if (!actor.viewer().isStaff()) {
            throw CatalogueRefusedException.notAllowed("staff-only", "The catalogue is for staff");
        }
        return store.areas();
    }

    public boolean mayEdit(CatalogueActor actor) {
        return actor.isAdmin();
    }

    public IndicatorArea create(CatalogueActor actor, AreaDraft draft) {
        requireAdmin(actor);
        IndicatorArea area = checked(draft, null);
        if (!store.create(area)) {
            throw new InvalidCatalogueException(List.of(
                    FieldProblem.of("code", "code-taken", "There is already an area " + area.code(), area.code())));
        }
        return changed(area);
    }

    /** Renames or reorders an area (its code stays). */
    public IndicatorArea update(CatalogueActor actor, String code, AreaDraft draft) {
        requireAdmin(actor);
        IndicatorArea current = store.find(code).orElseThrow(() -> CatalogueRefusedException.notFound(code));
        IndicatorArea area = checked(
                new AreaDraft(code, draft.nameKo(), draft.nameEn(), draft.euTheme(), draft.sortOrder()), current);
        store.update(area);
        return changed(area);
    }

    /** Retires an area no indicator in use belongs to. */
    public IndicatorArea retire(CatalogueActor actor, String code) {
        requireAdmin(actor);
        IndicatorArea current = store.find(code).orElseThrow(() -> CatalogueRefusedException.notFound(code));
        long inUse = store.liveIndicators(code);
        if (inUse > 0) {
            throw CatalogueRefusedException.conflict(
                    "area-in-use",
                    inUse + " indicator(s) in use belong to " + code + "; move or retire them first",
                    code,
                    inUse);
        }
        IndicatorArea retired = new IndicatorArea(
                current.code(), current.nameKo(), current.nameEn(), current.euTheme(), current.sortOrder(), true);
        store.update(retired);
        return changed(retired);
    }

    private IndicatorArea checked(AreaDraft draft, @Nullable IndicatorArea current) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = text(draft.code());
        String nameKo = text(draft.nameKo());
        String nameEn = text(draft.nameEn());
        String theme =
                text(draft.euTheme()) == null ? null : text(draft.euTheme()).toUpperCase(Locale.ROOT);
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(FieldProblem.of(
                    "code",
                    "area-code-pattern",
                    "The code must be 2 to 24 capital letters, digits or _ and start with a letter",
                    String.valueOf(code)));
        }
        for (String[] name : new String[][] {{"nameKo", nameKo}, {"nameEn", nameEn}}) {
            if (name[1] == null) {
                problems.add(FieldProblem.of(name[0], "required", "Required"));
            } else if (name[1].length() > MAX_NAME) {
                problems.add(FieldProblem.of(name[0], "too-long", "At most " + MAX_NAME + " characters", MAX_NAME));
            }
        }
        if (theme == null || !Set.copyOf(EU_THEMES).contains(theme)) {
            problems.add(FieldProblem.of(
                    "euTheme",
                    "eu-theme",
                    "Choose one of the EU data themes " + String.join(", ", EU_THEMES),
                    String.join(", ", EU_THEMES)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        int sortOrder = draft.sortOrder() != null
                ? draft.sortOrder()
                : current != null ? current.sortOrder() : IndicatorDraft.DEFAULT_SORT_ORDER;
        return new IndicatorArea(code, nameKo, nameEn, theme, sortOrder, current != null && current.retired());
    }

    private IndicatorArea changed(IndicatorArea area) {
        catalog.forget();
        events.publish(CatalogueChanged.TOPIC, new CatalogueChanged(List.of()));
        return area;
    }

    private static void requireAdmin(CatalogueActor actor) {
        if (!actor.isAdmin()) {
            throw CatalogueRefusedException.notAllowed("admin-only", "Only administrators change the list of areas");
        }
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
