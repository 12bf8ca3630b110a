package kr.seoul.smartcity.dashboard.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import kr.seoul.smartcity.citystatus.ui.KeyTilesPanel;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import org.jspecify.annotations.Nullable;

/** The key tiles (one an area) or every tile of an area, for the city or the district chosen on the map. */
class TilesWidget implements WidgetView {

    private final KeyTilesPanel panel;

    TilesWidget(WidgetToolkit kit, DashboardActor reader, Widget widget, java.util.Locale locale, String keyTitle) {
        String area = widget.kind() == WidgetKind.AREA_TILES ? widget.area() : null;
        String title = Optional.ofNullable(widget.title(locale))
                .filter(t -> !t.isBlank())
                .or(() -> Optional.ofNullable(area).flatMap(kit.status::area).map(a -> a.name(locale)))
                .orElse(keyTitle);
        panel = new KeyTilesPanel(kit.status, reader.viewer(), area, title);
    }

    @Override
    public Component component() {
        return panel;
    }

    @Override
    public void refresh() {
        panel.refresh();
    }

    @Override
    public void showDistrict(@Nullable String districtCode) {
        panel.showDistrict(districtCode);
    }
}
