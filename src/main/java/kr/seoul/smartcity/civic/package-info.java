/**
 * Civic affairs: indices with yearly targets and results (confirmed by a second member of the owning department),
 * CSV import; key city projects with milestones judged against today, progress history and news; citizens' proposals
 * with supports and answer thresholds; complaint figures and topic trends; pledges, statistics, rankings, partner
 * cities and foreign media; the sample sets (sixty indices, thirty-six projects, proposals, sixty days of
 * complaints) are loaded by the embedded default only and marked as sample data on screen.
 */
@ApplicationModule(
        displayName = "Civic affairs",
        allowedDependencies = {
            "base",
            "call::model",
            "call::ui",
            "command::model",
            "command::service",
            "directive::model",
            "directive::ui",
            "directory::model",
            "directory::service",
            "security::service",
            "security::ui"
        })
@NullMarked
package kr.seoul.smartcity.civic;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
