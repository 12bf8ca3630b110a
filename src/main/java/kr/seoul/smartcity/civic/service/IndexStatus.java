package kr.seoul.smartcity.civic.service;

import kr.seoul.smartcity.civic.domain.CivicIndex;
import kr.seoul.smartcity.civic.domain.IndexValue;
import org.jspecify.annotations.Nullable;

/** An index in one year: its value as the viewer may see it and the achievement rate in percent, when known. */
public record IndexStatus(
        CivicIndex index,
        @Nullable IndexValue value,
        @Nullable Double achievement) {}
