package kr.seoul.smartcity.citystatus.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

/** The choice of the indicator the district map is coloured by: those of the catalogue that have districts. */
class MapIndicatorChoice extends Select<Indicator> {

    private final CityStatusService status;
    private final Viewer viewer;
    private final String initialIndicator;
    private @Nullable Registration offerAllOnFocus;

    MapIndicatorChoice(CityStatusService status, Viewer viewer, String initialIndicator) {
        this.status = status;
        this.viewer = viewer;
        this.initialIndicator = initialIndicator;
        setLabel(getTranslation("map.indicator"));
        setItemLabelGenerator(i -> i.name(getLocale()));
        setId("map-indicator");
        offerAllOnFocus = getElement().addEventListener("focusin", focus -> offerAll());
        offerIndicators();
    }

    /**
     * The indicators the map can show; the one shown stays while it is in the catalogue (as it now is). Until the
     * reader first reaches the choice (focus comes before the list opens, by pointer, touch or keyboard) it holds
     * only the indicator shown: each choice is a server-side element, and most of the thousands of open maps are
     * never changed.
     */
    void offerIndicators() {
        List<Indicator> mappable = status.latest(viewer).keySet().stream()
                .filter(Indicator::perDistrict)
                .toList();
        String shown = getValue() == null ? initialIndicator : getValue().code();
        Optional<Indicator> chosen = mappable.stream()
                .filter(i -> i.code().equals(shown))
                .findFirst()
                .or(() -> mappable.stream().findFirst());
        if (offerAllOnFocus == null) {
            setItems(mappable);
        } else {
            setItems(chosen.stream().toList());
        }
        chosen.ifPresent(this::setValue);
    }

    private void offerAll() {
        if (offerAllOnFocus != null) {
            offerAllOnFocus.remove();
            offerAllOnFocus = null;
            offerIndicators();
        }
    }
}
