package kr.seoul.smartcity.dashboard.service;

import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Component;

/**
 * Disclosure per widget: an indicator widget is as open as its indicator (through the catalogue's disclosure rules),
 * tiles and notices show each reader what they may see, the platform's state is for staff.
 */
@Component
public class WidgetDisclosure {

    private final CityStatusService status;

    WidgetDisclosure(CityStatusService status) {
        this.status = status;
    }

    /** Whether this reader may see the widget at all; a widget they may not see is simply absent for them. */
    public boolean visibleTo(Viewer viewer, Widget widget) {
        if (widget.kind() == WidgetKind.INDICATOR) {
            return widget.indicator() != null
                    && status.indicator(viewer, widget.indicator()).isPresent();
        }
        return widget.kind().filteredPerReader() || viewer.isStaff();
    }

    /** Whether a citizen sees the widget: the only widgets a citizens' screen may hold, and the only ones embedded. */
    public boolean isPublic(Widget widget) {
        return visibleTo(Viewer.CITIZEN, widget);
    }
}
