/**
 * The application layout, navigation per role, platform status.
 */
@ApplicationModule(displayName = "Shell", allowedDependencies = {
        "base",
        "directory::model",
        "security::service",
        "security::ui" })
package kr.seoul.smartcity.shell;

import org.springframework.modulith.ApplicationModule;
