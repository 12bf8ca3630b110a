package kr.seoul.smartcity.civic.domain;

import java.time.LocalDate;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Labelled;
import org.jspecify.annotations.Nullable;

/** A foreign media report about Seoul, with its tone. */
public record MediaReport(
        LocalDate publishedOn,
        String outlet,
        String country,
        String title,
        String url,
        Tone tone,
        DisclosureClass disclosure)
        implements Disclosed {

    public enum Tone implements Labelled {
        POSITIVE,
        NEUTRAL,
        NEGATIVE;

        @Override
        public String labelKey() {
            return "profile.tone." + name();
        }
    }

    @Override
    public @Nullable String owningDepartment() {
        return null;
    }
}
