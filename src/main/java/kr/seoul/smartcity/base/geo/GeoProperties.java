package kr.seoul.smartcity.base.geo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where map geometry comes from.
 *
 * @param districts   a GeoJSON FeatureCollection of Seoul's 25 district boundaries: a file path, a {@code file:} or
 *                    {@code classpath:} location, or an {@code http(s)://} URL. Features carry the district code as
 *                    {@code SIG_CD} (or {@code code}) and the names as {@code SIG_KOR_NM}/{@code SIG_ENG_NM} (or
 *                    {@code name}/{@code nameEn}). The application names the boundaries it bundles; unset: the
 *                    built-in schematic map.
 * @param style       {@code boundaries} (the districts' real shapes, the default) or {@code schematic} (25 hexagons
 *                    in simplified positions, whatever {@code districts} names)
 * @param attribution who made the boundaries, shown under every map that draws them (a licence may require it)
 */
@ConfigurationProperties("city.geo")
public record GeoProperties(
        @Nullable String districts,
        @DefaultValue("boundaries") MapStyle style,
        @Nullable String attribution) {

    @ConstructorBinding
    public GeoProperties {}

    /** Boundaries from {@code districts}, without an attribution. */
    public GeoProperties(@Nullable String districts) {
        this(districts, MapStyle.BOUNDARIES, null);
    }

    /** How maps draw the districts. */
    public enum MapStyle {
        BOUNDARIES,
        SCHEMATIC
    }
}
