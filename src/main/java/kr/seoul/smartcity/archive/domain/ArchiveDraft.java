package kr.seoul.smartcity.archive.domain;

import java.time.LocalDate;
import java.util.List;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.text.PlainText;
import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of an archive item as its author enters it. A RESTRICTED item is seen by the mayor, administrators,
 * officials of {@code departmentCode} and the {@code restrictedRoles} listed.
 */
public record ArchiveDraft(
        String title,
        @Nullable ArchiveItemType type,
        String departmentCode,
        String producer,
        @Nullable LocalDate issuedOn,
        List<String> tags,
        @Nullable ArchiveLanguage language,
        @Nullable DisclosureClass disclosure,
        List<Role> restrictedRoles,
        String summary) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_TAGS = 30;

    /** The same draft with its texts as {@link PlainText} keeps them. */
    public ArchiveDraft cleaned() {
        return new ArchiveDraft(
                PlainText.clean(title),
                type,
                departmentCode,
                PlainText.clean(producer),
                issuedOn,
                tags == null ? List.of() : tags.stream().map(PlainText::clean).toList(),
                language,
                disclosure,
                restrictedRoles,
                PlainText.clean(summary));
    }
}
