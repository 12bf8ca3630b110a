/**
 * The application layout, navigation per role, platform status.
 */
@ApplicationModule(
        displayName = "Shell",
        allowedDependencies = {"base", "directory::model", "security::service", "security::ui"})
@NullMarked
package kr.seoul.smartcity.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
