package kr.seoul.smartcity.dataissue.service;

import kr.seoul.smartcity.base.service.RefusedException;

/**
 * A step on a report that is not taken: not this person's to take, about something unknown or not visible to them,
 * or already done. The key ({@code data-issue.refused.*}) with its arguments says why on screen.
 */
public class DataIssueRefusedException extends RefusedException {

    DataIssueRefusedException(Reason reason, String key, String english, Object... arguments) {
        super(reason, "data-issue.refused." + key, english, arguments);
    }

    static DataIssueRefusedException notAllowed(String key, String english, Object... arguments) {
        return new DataIssueRefusedException(Reason.NOT_ALLOWED, key, english, arguments);
    }

    static DataIssueRefusedException notFound(String key, String english, Object... arguments) {
        return new DataIssueRefusedException(Reason.NOT_FOUND, key, english, arguments);
    }

    static DataIssueRefusedException conflict(String key, String english, Object... arguments) {
        return new DataIssueRefusedException(Reason.CONFLICT, key, english, arguments);
    }
}
