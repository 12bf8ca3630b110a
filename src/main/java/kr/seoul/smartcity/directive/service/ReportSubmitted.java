package kr.seoul.smartcity.directive.service;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: a department submitted a report to the mayor's queue. */
public record ReportSubmitted(long reportId, String departmentCode) {

    public static final Topic<ReportSubmitted> TOPIC = Topic.of("report.submitted", ReportSubmitted.class);
}
