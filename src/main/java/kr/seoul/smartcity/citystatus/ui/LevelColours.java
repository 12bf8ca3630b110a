package kr.seoul.smartcity.citystatus.ui;

import java.util.Collection;
import java.util.DoubleSummaryStatistics;

import kr.seoul.smartcity.citystatus.domain.Indicator;
import org.springframework.modulith.NamedInterface;

/**
 * Colours for values: the status colour where an indicator has thresholds, otherwise five shades of blue from the
 * lowest to the highest value shown.
 */
@NamedInterface("ui")
public final class LevelColours {

    private static final String[] SHADES = {"#dbe7f7", "#b3cdee", "#7fa9de", "#4a80c8", "#1f56a6"};

    private final Indicator indicator;
    private final DoubleSummaryStatistics range;

    LevelColours(Indicator indicator, Collection<Double> values) {
        this.indicator = indicator;
        this.range = values.stream().mapToDouble(Double::doubleValue).summaryStatistics();
    }

    String colour(double value) {
        if (indicator.warnAt() != null || indicator.dangerAt() != null) {
            return switch (indicator.levelOf(value)) {
                case DANGER -> "#d32f2f";
                case WARNING -> "#f2a33a";
                case NORMAL -> "#5aa469";
            };
        }
        if (range.getCount() == 0 || range.getMax() == range.getMin()) {
            return SHADES[2];
        }
        int shade = (int) Math.min(SHADES.length - 1,
                Math.floor((value - range.getMin()) / (range.getMax() - range.getMin()) * SHADES.length));
        return SHADES[shade];
    }

    public static String css(Indicator.Level level) {
        return "level-" + level.name().toLowerCase();
    }
}
