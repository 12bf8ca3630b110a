package kr.seoul.smartcity.civic.service;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: a proposal now owes an answer at this level ({@code DEPARTMENT} or {@code MAYOR}), or got one. */
public record ProposalDue(long proposalId, String level, String departmentCode) {

    public static final Topic<ProposalDue> TOPIC = Topic.of("civic.proposal-due", ProposalDue.class);
}
