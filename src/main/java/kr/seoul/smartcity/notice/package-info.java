/**
 * Notices to citizens and staff, pushed live to open screens.
 */
@ApplicationModule(displayName = "Notices", allowedDependencies = {
        "base",
        "citystatus::model",
        "citystatus::service",
        "directory::model",
        "directory::service",
        "security::service" })
package kr.seoul.smartcity.notice;

import org.springframework.modulith.ApplicationModule;
