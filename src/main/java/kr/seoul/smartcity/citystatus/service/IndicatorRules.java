package kr.seoul.smartcity.citystatus.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import org.jspecify.annotations.Nullable;

/**
 * What an indicator must be to enter the catalogue, field by field, each problem with a message a person
 * understands. Checks a tidied draft ({@link IndicatorDraft#tidy()}) against the areas and departments there are.
 */
final class IndicatorRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");
    static final int MAX_NAME = 200;
    static final int MAX_UNIT = 24;
    static final int MAX_SOURCE = 200;
    static final int MAX_SUMMARY = 300;
    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT_TEXT = 500;
    static final int MAX_UPDATE_MINUTES = 366 * 1440;
    static final int MAX_DECIMALS = 6;

    private IndicatorRules() {}

    static List<FieldProblem> check(
            IndicatorDraft draft, Collection<IndicatorArea> areas, Collection<String> departments) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.code() == null) {
            problems.add(FieldProblem.of("code", "required", "Give a code"));
        } else if (!CODE.matcher(draft.code()).matches()) {
            problems.add(FieldProblem.of(
                    "code",
                    "code-pattern",
                    "The code '" + draft.code()
                            + "' must be 2 to 48 capital letters, digits or _ and start with a letter",
                    draft.code()));
        }
        required(problems, "nameKo", draft.nameKo(), MAX_NAME);
        required(problems, "nameEn", draft.nameEn(), MAX_NAME);
        required(problems, "unit", draft.unit(), MAX_UNIT);
        area(problems, draft.area(), areas);
        if (draft.owningDepartment() == null) {
            problems.add(FieldProblem.of("owningDepartment", "required", "Choose the owning department"));
        } else if (!departments.contains(draft.owningDepartment())) {
            problems.add(FieldProblem.of(
                    "owningDepartment",
                    "department-unknown",
                    "There is no department " + draft.owningDepartment(),
                    draft.owningDepartment()));
        }
        if (draft.disclosure() == null) {
            problems.add(FieldProblem.of("disclosure", "required", "Choose who may see it"));
        }
        optional(problems, "source", draft.source(), MAX_SOURCE);
        if (draft.updateMinutes() == null) {
            problems.add(FieldProblem.of("updateMinutes", "required", "Give how often it is updated, in minutes"));
        } else if (draft.updateMinutes() <= 0 || draft.updateMinutes() > MAX_UPDATE_MINUTES) {
            problems.add(FieldProblem.of(
                    "updateMinutes",
                    "update-minutes",
                    "The update interval must be 1 to " + MAX_UPDATE_MINUTES + " minutes",
                    MAX_UPDATE_MINUTES));
        }
        if (draft.decimals() == null || draft.decimals() < 0 || draft.decimals() > MAX_DECIMALS) {
            problems.add(
                    FieldProblem.of("decimals", "decimals", "Decimals must be 0 to " + MAX_DECIMALS, MAX_DECIMALS));
        }
        thresholds(problems, draft);
        metadata(problems, draft.metadata() == null ? IndicatorMetadata.NONE : draft.metadata());
        return problems;
    }

    private static void area(List<FieldProblem> problems, @Nullable String code, Collection<IndicatorArea> areas) {
        if (code == null) {
            problems.add(FieldProblem.of("area", "required", "Choose an area"));
            return;
        }
        IndicatorArea area =
                areas.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
        if (area == null) {
            problems.add(FieldProblem.of("area", "area-unknown", "There is no area " + code, code));
        } else if (area.retired()) {
            problems.add(FieldProblem.of("area", "area-retired", "The area " + code + " is retired", code));
        }
    }

    private static void thresholds(List<FieldProblem> problems, IndicatorDraft draft) {
        Double warn = draft.warnAt();
        Double danger = draft.dangerAt();
        for (String field : new String[] {"warnAt", "dangerAt"}) {
            Double value = field.equals("warnAt") ? warn : danger;
            if (value != null && !Double.isFinite(value)) {
                problems.add(FieldProblem.of(field, "number", "Not a number"));
            }
        }
        if (warn == null || danger == null || !Double.isFinite(warn) || !Double.isFinite(danger)) {
            return;
        }
        if (draft.higherIsWorse() && warn >= danger) {
            problems.add(FieldProblem.of(
                    "dangerAt",
                    "danger-above-warning",
                    "When higher is worse, the danger level must be above the warning level",
                    warn,
                    danger));
        } else if (!draft.higherIsWorse() && warn <= danger) {
            problems.add(FieldProblem.of(
                    "dangerAt",
                    "danger-below-warning",
                    "When lower is worse, the danger level must be below the warning level",
                    warn,
                    danger));
        }
    }

    private static void metadata(List<FieldProblem> problems, IndicatorMetadata m) {
        optional(problems, "summaryKo", m.summaryKo(), MAX_SUMMARY);
        optional(problems, "summaryEn", m.summaryEn(), MAX_SUMMARY);
        optional(problems, "descriptionKo", m.descriptionKo(), MAX_TEXT);
        optional(problems, "descriptionEn", m.descriptionEn(), MAX_TEXT);
        optional(problems, "useCaseKo", m.useCaseKo(), MAX_TEXT);
        optional(problems, "useCaseEn", m.useCaseEn(), MAX_TEXT);
        optional(problems, "sourceSystem", m.sourceSystem(), MAX_SHORT_TEXT);
        optional(problems, "contributors", m.contributors(), MAX_SHORT_TEXT);
        optional(problems, "timeRange", m.timeRange(), MAX_SHORT_TEXT);
        optional(problems, "licence", m.licence(), MAX_SHORT_TEXT);
        if (m.datasetUrl() != null && !webAddress(m.datasetUrl())) {
            problems.add(FieldProblem.of(
                    "datasetUrl",
                    "dataset-url",
                    "The dataset link must be an http:// or https:// address",
                    m.datasetUrl()));
        }
    }

    static boolean webAddress(String text) {
        if (text.length() > MAX_SHORT_TEXT) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void required(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "required", "Required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "too-long", "At most " + max + " characters", max));
        }
    }
}
