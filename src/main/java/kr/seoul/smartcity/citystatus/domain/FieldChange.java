package kr.seoul.smartcity.citystatus.domain;

import org.jspecify.annotations.Nullable;

/** One field of an indicator as a change left it: its name in the catalogue's snapshot, from and to. */
public record FieldChange(
        String field, @Nullable String from, @Nullable String to) {}
