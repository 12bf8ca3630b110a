package kr.seoul.smartcity.approval.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;
import org.springframework.modulith.NamedInterface;

/** Disclosure class of a document under the Official Information Disclosure Act. */
@NamedInterface("model")
public enum DisclosureLevel implements Labelled {
    /** 공개 */
    PUBLIC,
    /** 부분공개 */
    PARTIAL,
    /** 비공개 */
    PRIVATE;

    @Override
    public String labelKey() {
        return "approval.disclosure." + name().toLowerCase(Locale.ROOT);
    }
}
