package kr.seoul.smartcity.citystatus.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.base.ui.map.DistrictStyle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status colours read where they are defined (the theme's custom properties, {@link DistrictStyle}, the map's
 * style sheet) and measured by WCAG's contrast ratio: graphics at least 3:1 against what is around them (1.4.11),
 * text at least 4.5:1 against what is behind it (1.4.3).
 */
class StatusContrastTest {

    private static final String WHITE = "#ffffff";

    private final String theme = read("themes/city/city.css");
    private final String mapCss = read("frontend/components/city-map.css");

    @Test
    void theThemeAndTheMapUseTheSameLevelColours() {
        assertThat(property("--city-level-normal")).isEqualToIgnoringCase(DistrictStyle.NORMAL_FILL);
        assertThat(property("--city-level-warning")).isEqualToIgnoringCase(DistrictStyle.WARNING_FILL);
        assertThat(property("--city-level-danger")).isEqualToIgnoringCase(DistrictStyle.DANGER_FILL);
    }

    @Test
    void everyLevelColourStandsOutFromThePageAndTheMapAtLeastThreeToOne() {
        String mapBackground = declaration(mapCss, ".city-map-canvas.leaflet-container", "background");
        String dangerTile = declaration(theme, ".tile.level-danger", "background");
        for (String fill : levelFills().values()) {
            assertThat(contrast(fill, WHITE)).as("%s on the page", fill).isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(fill, mapBackground))
                    .as("%s on the map's background", fill)
                    .isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(fill, dangerTile))
                    .as("%s as a danger tile's edge", fill)
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    @Test
    void theMapsLabelsReadOnEveryFillAtLeastFourAndAHalfToOne() {
        String label = declaration(mapCss, ".city-map-canvas .leaflet-tooltip.city-map-label", "color");
        for (String fill : levelFills().values()) {
            assertThat(contrast(label, fill)).as("label %s on %s", label, fill).isGreaterThanOrEqualTo(4.5);
        }
        for (String shade : LevelColours.SHADES) {
            assertThat(contrast(label, shade))
                    .as("label %s on %s", label, shade)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void tileValuesInTheirLevelColourReadAtLeastFourAndAHalfToOne() {
        String warning = declaration(theme, ".level-warning .tile-value", "color");
        String danger = declaration(theme, ".level-danger .tile-value", "color");
        String dangerTile = declaration(theme, ".tile.level-danger", "background");
        assertThat(contrast(warning, WHITE)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(danger, dangerTile)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(WHITE, property("--city-amber")))
                .as("white on amber")
                .isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(WHITE, property("--city-red"))).as("white on red").isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void contrastIsMeasuredAsWcagDefinesIt() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(contrast("#777777", "#ffffff")).isEqualTo(4.48, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
    }

    private Map<String, String> levelFills() {
        return Map.of(
                "normal",
                DistrictStyle.NORMAL_FILL,
                "warning",
                DistrictStyle.WARNING_FILL,
                "danger",
                DistrictStyle.DANGER_FILL);
    }

    private String property(String name) {
        Matcher matcher = Pattern.compile(Pattern.quote(name) + "\\s*:\\s*(#[0-9a-fA-F]{6})")
                .matcher(theme);
        assertThat(matcher.find()).as("%s declared in the theme", name).isTrue();
        return matcher.group(1);
    }

    /** The colour a rule for exactly this selector declares for the property. */
    private static String declaration(String css, String selector, String property) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}")
                .matcher(css);
        assertThat(rule.find()).as("a rule for %s", selector).isTrue();
        Matcher value = Pattern.compile("(?:^|[;\\s])" + Pattern.quote(property) + "\\s*:\\s*(#[0-9a-fA-F]{6})")
                .matcher(rule.group(1));
        assertThat(value.find()).as("%s of %s", property, selector).isTrue();
        return value.group(1);
    }

    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        List<Double> channels = List.of(1, 3, 5).stream()
                .map(at -> Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0)
                .map(c -> c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
                .toList();
        return 0.2126 * channels.get(0) + 0.7152 * channels.get(1) + 0.0722 * channels.get(2);
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
