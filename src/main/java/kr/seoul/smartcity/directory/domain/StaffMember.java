package kr.seoul.smartcity.directory.domain;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One entry of the staff directory: an enabled account with its department, rank title (직급), phone and whether
 * they are on duty now.
 */
@NamedInterface("model")
public record StaffMember(
        String username,
        String displayName,
        Role role,
        @Nullable String departmentCode,
        @Nullable String departmentNameKo,
        @Nullable String departmentNameEn,
        String rankTitle,
        String phone,
        boolean onDuty) {

    public @Nullable String departmentName(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? departmentNameKo : departmentNameEn;
    }

    /** Whether every word of the query appears in the name, rank, department (either language), phone or username. */
    public boolean matches(String query) {
        String haystack = String.join(
                        " ",
                        username,
                        displayName,
                        rankTitle,
                        phone,
                        departmentCode == null ? "" : departmentCode,
                        departmentNameKo == null ? "" : departmentNameKo,
                        departmentNameEn == null ? "" : departmentNameEn)
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
