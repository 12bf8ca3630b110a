package kr.seoul.smartcity.notice.domain;

import java.time.Instant;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A notice (공지) to citizens or staff: a closure, a warning, a change of service; optionally about one indicator (and
 * one district), so that it is marked on that indicator's charts.
 */
@Table("notice")
@NamedInterface("model")
public record Notice(
        @Id @Nullable Long id,
        String title,
        String body,
        Severity severity,
        DisclosureClass disclosure,
        @Nullable String owningDepartment,
        String postedBy,
        Instant postedAt,
        @Nullable String indicatorCode,
        @Nullable String districtCode)
        implements Disclosed {}
