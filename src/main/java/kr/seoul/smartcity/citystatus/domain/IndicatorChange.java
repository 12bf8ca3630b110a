package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One change of an indicator: which version it made, what kind, who and when, and the indicator's fields before
 * and after ({@link CatalogueEntry#snapshot()}; no before for a creation).
 */
public record IndicatorChange(
        long id,
        String indicatorCode,
        int version,
        ChangeKind kind,
        String changedBy,
        Instant changedAt,
        Map<String, @Nullable String> before,
        Map<String, @Nullable String> after) {

    /** The fields whose value differs, in the snapshot's order; every field given for a creation. */
    public List<FieldChange> fieldChanges() {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String from = before.get(field);
            String to = after.get(field);
            if (!Objects.equals(blankToNull(from), blankToNull(to))) {
                changes.add(new FieldChange(field, from, to));
            }
        }
        return changes;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
