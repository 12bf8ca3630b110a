package kr.seoul.smartcity.base.geo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the boundaries of Seoul's administrative dongs (행정동) come from: an optional layer, not bundled with the
 * product (the one the project knows is CC BY 4.0, whose attribution must be shown wherever it is displayed).
 *
 * @param location    a GeoJSON FeatureCollection of dongs: a file path, a {@code file:} or {@code classpath:}
 *                    location, or an {@code http(s)://} URL. Features carry the dong's code as {@code adm_cd} (or
 *                    {@code code}), its name as {@code adm_nm} (or {@code name}; "서울특별시 종로구 사직동" is shortened to
 *                    its last word) and its district's five-digit code as {@code sgg} (or {@code district}). Unset:
 *                    no dong layer.
 * @param attribution who made the boundaries and under which licence, shown with every map that draws them; without
 *                    it the layer is not shown
 */
@ConfigurationProperties("city.geo.dongs")
public record DongProperties(
        @Nullable String location, @Nullable String attribution) {}
