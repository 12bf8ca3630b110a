package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * The latest value of an indicator for the city ({@code districtCode} empty) or one district.
 */
@NamedInterface("model")
public record LatestValue(String indicatorCode, String districtCode, Instant observedAt, double value, Origin origin) {

    public static final String CITY = "";

    public boolean cityWide() {
        return CITY.equals(districtCode);
    }
}
