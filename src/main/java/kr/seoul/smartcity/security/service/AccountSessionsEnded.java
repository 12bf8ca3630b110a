package kr.seoul.smartcity.security.service;

import kr.seoul.smartcity.base.events.Topic;

/**
 * Live event: an account's sessions end on every instance (it was disabled, or its password changed), except
 * {@code keepSessionId} (the session in which its owner changed the password), if any.
 */
public record AccountSessionsEnded(String username, String keepSessionId) {

    public static final Topic<AccountSessionsEnded> TOPIC =
            Topic.of("account.sessions-ended", AccountSessionsEnded.class);
}
