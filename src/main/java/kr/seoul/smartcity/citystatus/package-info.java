/**
 * Indicators and observations (with hourly and daily rollups), alert rules, incidents, map points, the events that
 * touched an indicator ({@code ChartMarks}); the district map panel and tiles that dashboards place
 * ({@code DistrictMapPanel}, {@code KeyTilesPanel}, {@code TileCard}, {@code IndicatorDialog}), real-time status
 * tabs, districts, disasters, alerts, direct entry with CSV upload, the open data API.
 */
@ApplicationModule(
        displayName = "City status",
        allowedDependencies = {
            "base",
            "call::model",
            "call::ui",
            "command::model",
            "command::service",
            "directive::model",
            "directive::service",
            "directive::ui",
            "directory::model",
            "directory::service",
            "security::service",
            "shell::ui"
        })
@NullMarked
package kr.seoul.smartcity.citystatus;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
