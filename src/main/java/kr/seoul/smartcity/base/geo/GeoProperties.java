package kr.seoul.smartcity.base.geo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where map geometry comes from.
 *
 * @param districts a GeoJSON FeatureCollection of Seoul's 25 district boundaries: a file path, a {@code file:} or
 *                  {@code classpath:} location, or an {@code http(s)://} URL. Features carry the district code as
 *                  {@code SIG_CD} (or {@code code}) and the names as {@code SIG_KOR_NM}/{@code SIG_ENG_NM} (or
 *                  {@code name}/{@code nameEn}). Unset: the built-in schematic map.
 */
@ConfigurationProperties("city.geo")
public record GeoProperties(@Nullable String districts) {
}
