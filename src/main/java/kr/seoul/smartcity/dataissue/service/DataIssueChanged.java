package kr.seoul.smartcity.dataissue.service;

import kr.seoul.smartcity.base.events.Topic;

/**
 * Live event: a report of wrong data arrived ({@code answered} false) or its department answered it. The department
 * queues and the report's receipt page redraw on every instance. The receipt token does not travel.
 */
public record DataIssueChanged(long issueId, String departmentCode, boolean answered) {

    public static final Topic<DataIssueChanged> TOPIC = Topic.of("dataissue.changed", DataIssueChanged.class);
}
