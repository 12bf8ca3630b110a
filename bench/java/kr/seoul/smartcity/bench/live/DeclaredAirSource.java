package kr.seoul.smartcity.bench.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * The declared air-quality source (RealtimeCityAir, issue 17): the bench makes it due at once, so that the next poll
 * of an instance fetches the value it has just armed instead of waiting for the source's hourly period. Latency is
 * measured from the moment the replay serves the value, so this only shortens the wait between rounds.
 */
final class DeclaredAirSource {

    private final Map<String, String> services;

    DeclaredAirSource(Map<String, String> services) {
        this.services = services;
    }

    void dueNow() {
        try (Connection connection = DriverManager.getConnection(
                        services.get("spring.flyway.url"),
                        services.get("spring.flyway.user"),
                        services.get("spring.flyway.password"));
                PreparedStatement due = connection.prepareStatement(
                        "UPDATE data_source SET next_run_at = now() WHERE name = 'RealtimeCityAir'")) {
            if (due.executeUpdate() != 1) {
                throw new IllegalStateException("The declared source RealtimeCityAir is missing");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the air-quality source due", e);
        }
    }
}
