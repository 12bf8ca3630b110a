package kr.seoul.smartcity.citystatus.ui;

import java.util.Arrays;

import com.vaadin.flow.router.QueryParameters;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.HistoryRange;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * An indicator's history opened from the address ({@code ?indicator=PM10&range=WEEK}), as commands and the remote
 * of a wall screen open it: the history of the city or the district the page shows, over the span asked for.
 */
final class IndicatorAddress {

    private IndicatorAddress() {}

    static void open(QueryParameters query, CityStatusService status, Viewer viewer, String districtCode) {
        query.getSingleParameter("indicator")
                .flatMap(code -> status.indicator(viewer, code))
                .ifPresent(indicator -> {
                    IndicatorDialog dialog = new IndicatorDialog(status, viewer, indicator, districtCode);
                    dialog.setId("indicator-from-address");
                    dialog.open();
                    query.getSingleParameter("range")
                            .flatMap(range -> Arrays.stream(HistoryRange.values())
                                    .filter(r -> r.name().equals(range))
                                    .findFirst())
                            .ifPresent(dialog::showRange);
                });
    }
}
