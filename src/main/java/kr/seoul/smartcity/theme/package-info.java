/**
 * Theme pages of civic affairs ({@code city_theme}, {@code city_theme_item}, V126 with the five seed themes empty
 * and unpublished): {@code ThemeService} (who may edit — administrators and officials —, validation of codes, places
 * and titles, versioned saves; each theme's indicators, projects and documents asked of {@code citystatus},
 * {@code civic} and {@code archive} for the viewer, so an internal one never reaches a citizen through a public
 * theme); the themes list, the theme page, its admin page and the kiosk's theme pages. The demo contents of the five
 * themes are loaded by the embedded default only ({@code dev.DemoThemes}).
 */
@ApplicationModule(
        displayName = "Themes",
        allowedDependencies = {
            "archive::model",
            "archive::service",
            "base",
            "citystatus::model",
            "citystatus::service",
            "citystatus::ui",
            "civic::model",
            "civic::service",
            "directory::model",
            "security::service"
        })
@NullMarked
package kr.seoul.smartcity.theme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
