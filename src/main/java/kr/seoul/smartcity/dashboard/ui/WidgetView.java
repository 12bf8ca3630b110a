package kr.seoul.smartcity.dashboard.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/**
 * A widget as drawn on a dashboard. The dashboard tells it when new values arrive and when the reader chooses a
 * district on a map widget; a widget without values per district ignores the district.
 */
interface WidgetView {

    Component component();

    void refresh();

    default void showDistrict(@Nullable String districtCode) {}
}
