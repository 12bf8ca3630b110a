package kr.seoul.smartcity.command.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.modulith.NamedInterface;

/** Opens an address a command leads to, such as {@code district/11680?indicator=AIR_PM25&range=WEEK}. */
@NamedInterface("ui")
public final class Locations {

    private Locations() {}

    /** Navigates to the path with its query (UI.navigate(String) would take the query as part of the path). */
    public static void open(UI ui, String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            ui.navigate(location);
        } else {
            ui.navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
