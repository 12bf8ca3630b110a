package kr.seoul.smartcity.civic.domain;

import java.time.Instant;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's proposal (시민제안): what it asks of which department, how many people support it, who owes it an
 * answer since when, and the answer once given. The author is known only by the name they chose to show.
 */
public record Proposal(
        long id,
        String title,
        String body,
        String departmentCode,
        String authorName,
        int supports,
        AnswerLevel answerDue,
        @Nullable Instant dueSince,
        @Nullable String answer,
        @Nullable String answeredBy,
        @Nullable AnswerLevel answeredLevel,
        @Nullable Instant answeredAt,
        DisclosureClass disclosure,
        Instant createdAt)
        implements Disclosed {

    @Override
    public String owningDepartment() {
        return departmentCode;
    }

    public boolean answered() {
        return answer != null;
    }

    /** Waiting for the answer its supports call for. */
    public boolean awaitingAnswer() {
        return answerDue != AnswerLevel.NONE && (answeredLevel == null || answeredLevel.compareTo(answerDue) < 0);
    }
}
