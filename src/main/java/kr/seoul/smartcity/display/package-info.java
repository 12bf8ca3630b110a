/**
 * Displays and remotes: {@code DisplayService} (pairing by code, steering checked against both accounts,
 * {@code DisplaySteered}/{@code DisplayChanged} on the live event bus so a display follows a remote on any
 * instance), the display page, the badge that follows on every screen of a display, the remote pages.
 */
@ApplicationModule(
        displayName = "Displays and remotes",
        allowedDependencies = {
            "base",
            "command::model",
            "command::service",
            "command::ui",
            "directory::model",
            "security::service",
            "security::ui",
            "shell::ui"
        })
@NullMarked
package kr.seoul.smartcity.display;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
