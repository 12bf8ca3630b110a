package kr.seoul.smartcity.shell.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this installation runs, shown to staff so that nobody mistakes demo data for the city's.
 *
 * @param mode {@code embedded} for the one-command default with embedded services and demo data, {@code server}
 *             for an installation against real services
 */
@ConfigurationProperties("city.platform")
public record PlatformProperties(@DefaultValue("server") String mode) {

    public boolean embedded() {
        return "embedded".equalsIgnoreCase(mode);
    }
}
