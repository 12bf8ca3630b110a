/**
 * The simulated city feed of the embedded default.
 */
@ApplicationModule(
        displayName = "Simulated city feed",
        allowedDependencies = {
            "base",
            "citystatus::model",
            "citystatus::service",
            "directory::model",
            "security::service"
        })
@NullMarked
package kr.seoul.smartcity.simulation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
