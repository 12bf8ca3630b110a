package kr.seoul.smartcity.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.function.SerializableConsumer;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.ui.DistrictMapPanel;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import org.jspecify.annotations.Nullable;

/** The district map: a click on a district filters the dashboard's other widgets to it. */
class MapWidget implements WidgetView {

    private final DistrictMapPanel panel;
    private @Nullable String district;

    MapWidget(
            WidgetToolkit kit,
            DashboardActor reader,
            Dashboard dashboard,
            Widget widget,
            SerializableConsumer<String> onDistrict,
            boolean compact) {
        panel = new DistrictMapPanel(
                kit.status,
                kit.feed,
                kit.geometry,
                kit.events,
                reader.viewer(),
                widget.indicator() == null ? "AIR_PM25" : widget.indicator());
        panel.addDistrictClickListener(onDistrict);
        if (!compact) {
            // the menu speaks of the indicator the districts are coloured by now, in the district chosen
            Button menu = new Button("⋯", click -> {
                Indicator shown = panel.shown();
                if (shown != null) {
                    new WidgetActions(
                                    kit,
                                    reader,
                                    dashboard,
                                    widget.withIndicator(shown.code()),
                                    shown,
                                    district,
                                    kit.status
                                            .tile(reader.viewer(), shown.code(), district)
                                            .orElseThrow())
                            .open();
                }
            });
            menu.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            menu.setAriaLabel(panel.getTranslation("widget.menu", panel.getTranslation("map.indicator")));
            menu.addClassName("widget-menu");
            panel.controls().add(menu);
        }
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
        district = districtCode;
        panel.select(districtCode);
    }
}
