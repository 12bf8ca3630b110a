package kr.seoul.smartcity.simulation.domain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.random.RandomGenerator;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;

/**
 * Plausible values for Seoul at a given time: daily rhythms (rush hours, afternoon ozone, daytime population in the
 * centre), differences between districts, and noise. Pure: the same time and random source give the same values.
 */
public final class CityModel {

    /** Residents in thousands, roughly; living population moves to the centre by day. */
    private static final Map<String, Double> RESIDENTS = Map.ofEntries(
            Map.entry("11110", 140.0),
            Map.entry("11140", 120.0),
            Map.entry("11170", 215.0),
            Map.entry("11200", 280.0),
            Map.entry("11215", 340.0),
            Map.entry("11230", 340.0),
            Map.entry("11260", 385.0),
            Map.entry("11290", 430.0),
            Map.entry("11305", 290.0),
            Map.entry("11320", 310.0),
            Map.entry("11350", 500.0),
            Map.entry("11380", 465.0),
            Map.entry("11410", 310.0),
            Map.entry("11440", 370.0),
            Map.entry("11470", 440.0),
            Map.entry("11500", 560.0),
            Map.entry("11530", 400.0),
            Map.entry("11545", 230.0),
            Map.entry("11560", 375.0),
            Map.entry("11590", 385.0),
            Map.entry("11620", 490.0),
            Map.entry("11650", 410.0),
            Map.entry("11680", 530.0),
            Map.entry("11710", 655.0),
            Map.entry("11740", 460.0));

    private static final Map<String, Double> DAYTIME_PULL =
            Map.of("11110", 1.9, "11140", 2.6, "11680", 1.45, "11650", 1.25, "11560", 1.3, "11440", 1.1);

    private final RandomGenerator random;

    public CityModel(RandomGenerator random) {
        this.random = random;
    }

    /** The value of a city-wide indicator, or {@code NaN} if the model does not know it. */
    public double city(String indicator, Instant at) {
        double hour = hourOfDay(at);
        return switch (indicator) {
            case "WEATHER_TEMP" -> 6 + 5 * wave(hour, 15) + noise(0.4);
            case "ROAD_SPEED" -> Math.max(8, 27 - 9 * peak(hour, 8.5, 1.5) - 10 * peak(hour, 18.5, 1.8) + noise(1.2));
            case "SUBWAY_WAIT" -> Math.max(1.5, (hour < 6 ? 9 : 3.2) - 1.2 * peak(hour, 8.5, 1.5) + noise(0.3));
            case "HOTSPOT_CONGESTION" ->
                clamp(1 + 2.4 * peak(hour, 19, 3) + 0.8 * peak(hour, 13, 2) + noise(0.2), 1, 4);
            case "FIRE_DISPATCH" -> Math.floor(hour * 0.9 + Math.abs(noise(1)));
            case "DISASTER_MSG" -> Math.floor(Math.max(0, hour / 9 + noise(0.4)));
            case "STAFF_ON_DUTY" -> Math.round(240 + 30 * peak(hour, 13, 5) + noise(4));
            case "HANRIVER_TEMP" -> 9.5 + 0.4 * wave(hour, 16) + noise(0.05);
            case "WATER_SUPPLY" -> Math.round(3150 + 120 * peak(hour, 19, 4) + noise(15));
            case "PRICE_CPI" -> 2.3 + noise(0.02);
            case "BUDGET_EXECUTION" ->
                Math.min(100, 95.0 * at.atZone(Seoul.ZONE).getDayOfYear() / 365.0);
            case "PARK_VISITORS" -> Math.max(0, Math.round(4000 + 38000 * peak(hour, 15, 3.5) + noise(800)));
            default -> Double.NaN;
        };
    }

    /** The value of a per-district indicator in one district, or {@code NaN} if the model does not know it. */
    public double district(String indicator, SeoulDistrict district, Instant at) {
        double hour = hourOfDay(at);
        double local = localFactor(district);
        return switch (indicator) {
            case "AIR_PM25" ->
                Math.max(3, 21 + 7 * peak(hour, 8.5, 2) + 6 * peak(hour, 20, 3) + 6 * local + noise(2.5));
            case "AIR_PM10" -> Math.max(8, 38 + 12 * peak(hour, 8.5, 2) + 10 * local + noise(4));
            case "AIR_O3" -> Math.max(0.003, 0.018 + 0.022 * peak(hour, 15, 3) - 0.004 * local + noise(0.002));
            case "AIR_NO2" ->
                Math.max(
                        0.004,
                        0.021
                                + 0.014 * peak(hour, 8.5, 1.5)
                                + 0.012 * peak(hour, 19, 2)
                                + 0.004 * local
                                + noise(0.002));
            case "BIKE_AVAILABLE" ->
                Math.max(
                        0,
                        Math.round(
                                180 + 90 * local - 70 * peak(hour, 8.5, 1.2) + 40 * peak(hour, 19, 1.5) + noise(12)));
            case "LIVING_POP" -> Math.round(1000 * livingPopulation(district, hour) * (1 + noise(0.01)));
            default -> Double.NaN;
        };
    }

    /**
     * A value around a typical one, for an indicator the model has no formula of: it varies a little over the day
     * and, in a district, by the district's character.
     *
     * @param district the district, or null for the city
     */
    public double around(double typical, SeoulDistrict district, Instant at) {
        double local = district == null ? 0 : 0.2 * localFactor(district);
        double value = typical * (1 + 0.08 * wave(hourOfDay(at), 14) + local + noise(0.03));
        return typical >= 0 ? Math.max(0, value) : value;
    }

    /** A short spike: the level a district's fine dust reaches during a local incident (a fire, construction dust). */
    public double dustSpike() {
        return 80 + random.nextDouble() * 40;
    }

    private static double livingPopulation(SeoulDistrict district, double hour) {
        double residents = RESIDENTS.getOrDefault(district.code(), 350.0);
        double pull = DAYTIME_PULL.getOrDefault(district.code(), 0.88);
        double daytime = peak(hour, 14, 4.5);
        return residents * (1 + (pull - 1) * daytime);
    }

    /** A stable offset per district in [-1, 1], so that districts differ but keep their character. */
    private static double localFactor(SeoulDistrict district) {
        return ((district.code().hashCode() & 0xff) / 127.5) - 1;
    }

    private static double hourOfDay(Instant at) {
        ZonedDateTime local = at.atZone(Seoul.ZONE);
        return local.getHour() + local.getMinute() / 60.0;
    }

    /** 1 at the given hour, falling off over {@code width} hours (circular over the day). */
    private static double peak(double hour, double at, double width) {
        double distance = Math.abs(hour - at);
        distance = Math.min(distance, 24 - distance);
        return Math.exp(-(distance * distance) / (2 * width * width));
    }

    /** A daily wave between -1 and 1 with its maximum at the given hour. */
    private static double wave(double hour, double maximumAt) {
        return Math.cos((hour - maximumAt) / 24 * 2 * Math.PI);
    }

    private double noise(double scale) {
        return random.nextGaussian() * scale;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
