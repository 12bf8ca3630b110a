/**
 * How the platform is used: {@code UsageRecorder} (gathers uses in memory and writes them every
 * {@code city.usage.flush-every}; staff by name only with their consent, citizens only added to hourly counts),
 * {@code UsageAnalytics} (totals by role, unopened widgets through the features' {@code UsageSubjects}, the mayor's
 * day, peak hours, kiosk touches; administrators and the mayor only; one's own records), {@code UsageRetention};
 * {@code Uses} for features' uses (widget details, commands, kiosk touches) and the screens counted on every
 * navigation.
 */
@ApplicationModule(
        displayName = "Usage analytics",
        allowedDependencies = {"base", "directory::model", "security::service"})
@NullMarked
package kr.seoul.smartcity.usage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
