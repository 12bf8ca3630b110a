package kr.seoul.smartcity.citystatus.service;

import org.jspecify.annotations.Nullable;

/** An area of the catalogue as an administrator typed it; {@code sortOrder} defaults to 100. */
public record AreaDraft(
        @Nullable String code,
        @Nullable String nameKo,
        @Nullable String nameEn,
        @Nullable String euTheme,
        @Nullable Integer sortOrder) {}
