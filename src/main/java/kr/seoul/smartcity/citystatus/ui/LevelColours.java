package kr.seoul.smartcity.citystatus.ui;

import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.List;

import kr.seoul.smartcity.base.ui.map.DistrictStyle;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import org.springframework.modulith.NamedInterface;

/**
 * Colours for values: the status colour where an indicator has thresholds, otherwise five shades of blue from the
 * lowest to the highest value shown.
 */
@NamedInterface("ui")
public final class LevelColours {

    /** Light to dark; the map's black labels read on the darkest at 5.2:1 (StatusContrastTest). */
    static final List<String> SHADES = List.of("#dbe7f7", "#b3cdee", "#8ab1e2", "#6a98d8", "#4a80c8");

    private final Indicator indicator;
    private final DoubleSummaryStatistics range;

    LevelColours(Indicator indicator, Collection<Double> values) {
        this.indicator = indicator;
        this.range = values.stream().mapToDouble(Double::doubleValue).summaryStatistics();
    }

    String colour(double value) {
        if (indicator.warnAt() != null || indicator.dangerAt() != null) {
            return switch (indicator.levelOf(value)) {
                case DANGER -> DistrictStyle.DANGER_FILL;
                case WARNING -> DistrictStyle.WARNING_FILL;
                case NORMAL -> DistrictStyle.NORMAL_FILL;
            };
        }
        if (range.getCount() == 0 || range.getMax() == range.getMin()) {
            return SHADES.get(2);
        }
        int shade = (int) Math.min(
                SHADES.size() - 1,
                Math.floor((value - range.getMin()) / (range.getMax() - range.getMin()) * SHADES.size()));
        return SHADES.get(shade);
    }

    /**
     * The shape beside the level's colour, so that colour is not all that tells the levels apart (WCAG 1.4.1): none
     * for normal, a triangle for a warning, a diamond for danger.
     */
    public static String mark(Indicator.Level level) {
        return switch (level) {
            case NORMAL -> "";
            case WARNING -> "▲";
            case DANGER -> "◆";
        };
    }

    public static String css(Indicator.Level level) {
        return "level-" + level.name().toLowerCase();
    }
}
