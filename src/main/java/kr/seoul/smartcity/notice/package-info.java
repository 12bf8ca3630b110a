/**
 * Notices to citizens and staff, pushed live to open screens.
 */
@ApplicationModule(
        displayName = "Notices",
        allowedDependencies = {
            "base",
            "citystatus::model",
            "citystatus::service",
            "directory::model",
            "directory::service",
            "security::service"
        })
@NullMarked
package kr.seoul.smartcity.notice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
