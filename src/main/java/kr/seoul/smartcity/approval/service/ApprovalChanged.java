package kr.seoul.smartcity.approval.service;

import java.util.List;

import kr.seoul.smartcity.base.events.Topic;

/**
 * Live event after every action on a document: the usernames whose boxes changed, so that their screens refresh.
 * Carries no title or text.
 */
public record ApprovalChanged(long documentId, String action, List<String> usernames) {

    public static final Topic<ApprovalChanged> TOPIC = Topic.of("approval.changed", ApprovalChanged.class);
}
