package kr.seoul.smartcity.cityfeed.service;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The keys and passwords declared sources are read with. A source names the setting that holds its credential (a
 * property such as {@code city.sources.seoul.key}, or its environment variable {@code CITY_SOURCES_SEOUL_KEY});
 * the credential itself never enters the database, a screen or a log.
 */
@Component
public class SourceCredentials {

    private final Environment environment;

    SourceCredentials(Environment environment) {
        this.environment = environment;
    }

    /** The credential, if the source needs one and it is set. */
    public Optional<String> find(@Nullable String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        String value = environment.getProperty(setting.strip());
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Any other setting, such as a base address {@code city.sources.data-go-kr.base-url}. */
    public Optional<String> setting(String name) {
        String value = environment.getProperty(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Whether a source naming this setting can be read: it needs none, or it is set. */
    public boolean available(@Nullable String setting) {
        return setting == null || setting.isBlank() || find(setting).isPresent();
    }
}
