package kr.seoul.smartcity.directory.domain;

import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A department of the Seoul Metropolitan Government (실·본부·국).
 *
 * @param code short stable code, for example {@code TRAFFIC}
 */
@Table("department")
@NamedInterface("model")
public record Department(
        @Id String code,
        String nameKo,
        String nameEn,
        @Version Long version) {

    public static Department of(String code, String nameKo, String nameEn) {
        return new Department(code, nameKo, nameEn, null);
    }

    public String name(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? nameKo : nameEn;
    }
}
