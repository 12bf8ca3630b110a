/**
 * Dashboards as data ({@code dashboard} table, a JSON layout of pages and widgets, every save a version):
 * {@code DashboardService} (who may open and arrange which, disclosure per widget through {@code WidgetDisclosure},
 * versions and restore, personal pins, embeddable widgets), {@code DashboardChanged} on the live event bus; the
 * citizens' home, the office, the kiosk and every other dashboard drawn by one {@code DashboardCanvas} (widgets on a
 * CSS grid, one subscription for new values, district filter), {@code DashboardPlayer} for rotations, the editor;
 * embeddable widgets ({@code embed}: the light page, its data and server-sent events) and the sites allowed to frame
 * them ({@code EmbedSites}).
 */
@ApplicationModule(
        displayName = "Dashboards",
        allowedDependencies = {
            "base",
            "citystatus::model",
            "citystatus::service",
            "citystatus::ui",
            "command::model",
            "command::service",
            "dataissue::service",
            "dataissue::ui",
            "directive::model",
            "directive::service",
            "directive::ui",
            "directory::model",
            "directory::service",
            "notice::model",
            "notice::service",
            "notice::ui",
            "security::service",
            "security::ui",
            "shell::service",
            "shell::ui",
            "usage::model",
            "usage::service",
            "usage::ui"
        })
@NullMarked
package kr.seoul.smartcity.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
