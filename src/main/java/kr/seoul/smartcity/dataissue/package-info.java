/**
 * Reports of problems with the data a widget shows: to the owning department's queue, answered there, the answer
 * shown to the reporter through a receipt ({@code DataIssueService} checks who may report, read and answer);
 * {@code ReportProblemButton} for the widgets' menus.
 */
@ApplicationModule(
        displayName = "Data issue reports",
        allowedDependencies = {
            "base",
            "citystatus::model",
            "citystatus::service",
            "directory::model",
            "directory::service",
            "security::service",
            "security::ui"
        })
@NullMarked
package kr.seoul.smartcity.dataissue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
