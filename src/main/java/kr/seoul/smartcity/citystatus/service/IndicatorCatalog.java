package kr.seoul.smartcity.citystatus.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorRepository;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/** The indicators the platform knows, and which of them a viewer may see. */
@Service
public class IndicatorCatalog {

    private final IndicatorRepository indicators;
    private final DisclosurePolicy disclosure;
    private volatile Map<String, Indicator> byCode;

    IndicatorCatalog(IndicatorRepository indicators, DisclosurePolicy disclosure) {
        this.indicators = indicators;
        this.disclosure = disclosure;
    }

    /** All indicators in display order. The catalogue changes only with a migration, so it is read once. */
    public List<Indicator> all() {
        return List.copyOf(index().values());
    }

    public List<Indicator> visibleTo(Viewer viewer) {
        return all().stream().filter(indicator -> disclosure.canSee(viewer, indicator)).toList();
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(index().get(code));
    }

    public Optional<Indicator> findVisible(Viewer viewer, String code) {
        return find(code).filter(indicator -> disclosure.canSee(viewer, indicator));
    }

    private Map<String, Indicator> index() {
        Map<String, Indicator> current = byCode;
        if (current == null) {
            current = indicators.findAllByOrderBySortOrder().collectList().block(Duration.ofSeconds(10)).stream()
                    .collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a,
                            java.util.LinkedHashMap::new));
            byCode = current;
        }
        return current;
    }
}
