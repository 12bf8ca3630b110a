package kr.seoul.smartcity.dashboard.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.Tile;

/**
 * What a screen reader should say when the city's values change, and when: one short sentence naming the
 * indicators whose level changed since the last announcement ("2개 지표 갱신: 초미세먼지 좋음→위험, 오존 주의→좋음"),
 * at most one every {@code quiet} period. New values that keep their level are not announced; a change held back by
 * the quiet period is said once the period is over, and not at all if the level went back meanwhile. An indicator
 * that had no value yet is said when its first value is a warning or a danger ("초미세먼지 위험").
 */
final class ChangeAnnouncer {

    /** Translations: the screen's {@code getTranslation}. */
    interface Words {
        String get(String key, Object... args);
    }

    /** How many changes are named; the rest are counted ("외 2개"). */
    static final int NAMED = 3;

    private final Duration quiet;
    private final Locale locale;
    private final Words words;
    /** The level each indicator had when it was last announced (or first seen). */
    private final Map<String, Indicator.Level> announced = new HashMap<>();
    /** The latest tile of each indicator, in the order shown. */
    private final Map<String, Tile> latest = new LinkedHashMap<>();
    /** Indicators that had no value when first seen and have not had one worth saying since. */
    private final Set<String> waiting = new HashSet<>();

    private Instant lastSaid = Instant.MIN;

    ChangeAnnouncer(Duration quiet, Locale locale, Words words) {
        this.quiet = quiet;
        this.locale = locale;
        this.words = words;
    }

    /**
     * Takes new tiles; returns the sentence to announce now, if any. The first tiles seen are the starting point and
     * are never announced.
     */
    Optional<String> see(List<Tile> tiles, Instant now) {
        for (Tile tile : tiles) {
            String code = tile.indicator().code();
            if (!tile.hasValue()) {
                if (!announced.containsKey(code)) {
                    waiting.add(code);
                    announced.put(code, Indicator.Level.NORMAL);
                }
                continue;
            }
            latest.put(code, tile);
            announced.putIfAbsent(code, tile.level());
            if (tile.level() == Indicator.Level.NORMAL) {
                waiting.remove(code);
            }
        }
        return due(now);
    }

    /** The sentence for the changes held back, if the quiet period is over and a level is still changed. */
    Optional<String> due(Instant now) {
        List<Tile> changed = changed();
        if (changed.isEmpty() || now.isBefore(earliest())) {
            return Optional.empty();
        }
        lastSaid = now;
        List<String> parts = new ArrayList<>();
        for (Tile tile : changed) {
            if (parts.size() < NAMED) {
                Indicator.Level before = announced.getOrDefault(tile.indicator().code(), tile.level());
                parts.add(
                        waiting.contains(tile.indicator().code())
                                ? words.get(
                                        "live.new",
                                        tile.indicator().name(locale),
                                        words.get(tile.level().labelKey()))
                                : words.get(
                                        "live.change",
                                        tile.indicator().name(locale),
                                        words.get(before.labelKey()),
                                        words.get(tile.level().labelKey())));
            }
            waiting.remove(tile.indicator().code());
            announced.put(tile.indicator().code(), tile.level());
        }
        String named = String.join(", ", parts);
        if (changed.size() > NAMED) {
            named = words.get("live.more", named, changed.size() - NAMED);
        }
        return Optional.of(words.get("live.changed", changed.size(), named));
    }

    /** How long until held-back changes may be said; empty when nothing is held back. */
    Optional<Duration> heldFor(Instant now) {
        if (changed().isEmpty()) {
            return Optional.empty();
        }
        Instant earliest = earliest();
        return Optional.of(now.isBefore(earliest) ? Duration.between(now, earliest) : Duration.ZERO);
    }

    private Instant earliest() {
        return lastSaid == Instant.MIN ? Instant.MIN : lastSaid.plus(quiet);
    }

    private List<Tile> changed() {
        return latest.values().stream()
                .filter(tile -> tile.level() != announced.get(tile.indicator().code()))
                .toList();
    }
}
