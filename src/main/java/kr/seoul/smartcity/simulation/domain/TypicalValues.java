package kr.seoul.smartcity.simulation.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * What the indicators the model has no formula of typically read, from {@code simulation/typical-values.properties}
 * (values of the recorded answers of the starter catalogue's services).
 */
public final class TypicalValues {

    private static final String RESOURCE = "/simulation/typical-values.properties";
    private final Map<String, Double> values;

    private TypicalValues(Map<String, Double> values) {
        this.values = Map.copyOf(values);
    }

    public static TypicalValues load() {
        Properties properties = new Properties();
        try (InputStream in = TypicalValues.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        Map<String, Double> values = new HashMap<>();
        properties.forEach((code, value) -> values.put(code.toString(), Double.parseDouble(value.toString())));
        return new TypicalValues(values);
    }

    /** The typical value of a per-district indicator for the whole city, where it is not their average (a sum). */
    public OptionalDouble ofCity(String indicator) {
        return of(indicator + ".city");
    }

    public OptionalDouble of(String indicator) {
        Double value = values.get(indicator);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
