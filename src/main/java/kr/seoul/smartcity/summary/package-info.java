/**
 * No | in "quotes" when it holds commas or line breaks.
 */
@ApplicationModule(
        displayName = "Summaries",
        allowedDependencies = {
            "approval::model",
            "approval::service",
            "archive::service",
            "base",
            "security::service",
            "security::ui"
        })
@NullMarked
package kr.seoul.smartcity.summary;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
