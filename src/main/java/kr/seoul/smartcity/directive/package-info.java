/**
 * The mayor's directives and digital reports: the directive state machine ({@code Directive.next}: 지시 → 접수 → 처리 중 →
 * 완료 보고 → 완료 승인, or 보완 요청 and back to work; who may take which step), every step an event row with who and when,
 * overdue and reminders judged against the application's {@code Clock}, files checked with e-approval's attachment
 * rules; reports split into pages and briefings whose page travels on the live event bus; {@code DirectiveButton}
 * ("지시하기") for other features' screens (alerts, incidents, districts, projects, proposals; approval documents
 * through {@code DocumentPanelContributor}), the board, the directive page, the top-bar directive box, reports and
 * presentation mode.
 */
@ApplicationModule(
        displayName = "Directives and reports",
        allowedDependencies = {
            "approval::model",
            "approval::service",
            "base",
            "command::model",
            "command::service",
            "command::ui",
            "directory::model",
            "directory::service",
            "security::service",
            "shell::ui"
        })
@NullMarked
package kr.seoul.smartcity.directive;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
