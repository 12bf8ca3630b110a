package kr.seoul.smartcity.call.service;

import kr.seoul.smartcity.call.domain.CallMode;

/**
 * Where call media goes: a port with an OpenVidu adapter and a built-in one (browsers connect directly, signalled
 * through the application).
 */
public interface MediaServer {

    CallMode mode();

    /**
     * Opens (or finds again) the media session of a call.
     *
     * @return the session's id at the media server
     * @throws MediaServerException if the media server refuses or cannot be reached
     */
    String openSession(long callId);

    /**
     * A single-use connection token for one person to the session.
     *
     * @throws MediaServerException if the session is gone or the media server fails
     */
    String connectionToken(String sessionId, String username, String displayName);

    /** Closes a session; one that is gone already counts as closed. */
    void closeSession(String sessionId);
}
