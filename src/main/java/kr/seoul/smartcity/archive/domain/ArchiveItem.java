package kr.seoul.smartcity.archive.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A document in the digital archive (디지털 아카이브): its metadata; the files are {@link ArchiveFile}s. The owning
 * department of a RESTRICTED item is its department; {@code restrictedRoles} may see it as well. {@code source} names
 * the record another feature produced it from, such as {@code approval:42}; null for items entered in the archive.
 */
@NamedInterface("model")
public record ArchiveItem(
        long id,
        String title,
        ArchiveItemType type,
        String departmentCode,
        String producer,
        LocalDate issuedOn,
        List<String> tags,
        ArchiveLanguage language,
        DisclosureClass disclosure,
        List<Role> restrictedRoles,
        String summary,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String source)
        implements Disclosed {

    @Override
    public String owningDepartment() {
        return departmentCode;
    }
}
