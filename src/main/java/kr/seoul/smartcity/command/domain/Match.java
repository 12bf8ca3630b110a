package kr.seoul.smartcity.command.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One way to carry out a command: the target, the district and span it was asked for, the free text (a directive's
 * words) and how well it fits, from 0 to 1.
 */
@NamedInterface("model")
public record Match(
        CommandTarget target,
        @Nullable SeoulDistrict district,
        @Nullable Period period,
        String text,
        double score) {

    /** Where it opens, with the district and span applied; none for an action. */
    public @Nullable String location() {
        String base = district != null && target.districtPath() != null
                ? target.districtPath().replace("{district}", district.code())
                : target.path();
        if (base == null) {
            return null;
        }
        if (period != null && target.takesPeriod()) {
            base += (base.contains("?") ? "&" : "?") + "range=" + period.name();
        }
        return base;
    }

    /** The target's name with the district it was asked for, as the command bar lists it. */
    public String label(Locale locale) {
        String name = target.label(locale);
        if (district != null && target.districtPath() != null && target.kind() != TargetKind.DISTRICT) {
            return district.name(locale) + " · " + name;
        }
        return name;
    }

    public boolean isAction() {
        return target.path() == null;
    }
}
