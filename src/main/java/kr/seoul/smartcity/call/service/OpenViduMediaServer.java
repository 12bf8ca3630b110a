package kr.seoul.smartcity.call.service;

import java.util.concurrent.Callable;

import io.openvidu.java.client.Connection;
import io.openvidu.java.client.ConnectionProperties;
import io.openvidu.java.client.ConnectionType;
import io.openvidu.java.client.OpenVidu;
import io.openvidu.java.client.OpenViduHttpException;
import io.openvidu.java.client.OpenViduJavaClientException;
import io.openvidu.java.client.OpenViduRole;
import io.openvidu.java.client.Session;
import io.openvidu.java.client.SessionProperties;
import kr.seoul.smartcity.call.domain.CallMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls through an OpenVidu 2 deployment (REST API {@code /openvidu/api}), with the official Java client. A call's
 * session has the custom id {@code city-call-<id>}, so every instance of the application finds the same one; OpenVidu
 * answers 409 for an existing id and the client then fetches it. Failures become {@link MediaServerException}s that
 * say what OpenVidu answered; a server error (5xx) or no answer is tried once more.
 */
class OpenViduMediaServer implements MediaServer {

    private static final Logger log = LoggerFactory.getLogger(OpenViduMediaServer.class);

    private final OpenVidu openVidu;

    OpenViduMediaServer(String url, String secret) {
        this.openVidu = new OpenVidu(url, secret);
    }

    @Override
    public CallMode mode() {
        return CallMode.OPENVIDU;
    }

    @Override
    public String openSession(long callId) {
        return session(callId).getSessionId();
    }

    private Session session(long callId) {
        String id = sessionId(callId);
        return call(
                "open session " + id,
                () -> openVidu.createSession(
                        new SessionProperties.Builder().customSessionId(id).build()));
    }

    @Override
    public String connectionToken(String sessionId, String username, String displayName) {
        Session session = openVidu.getActiveSession(sessionId);
        if (session == null) {
            // another instance created it: fetch it by its custom id (409 Conflict, then GET)
            session = call(
                    "find session " + sessionId,
                    () -> openVidu.createSession(new SessionProperties.Builder()
                            .customSessionId(sessionId)
                            .build()));
        }
        Session target = session;
        String data =
                JsonMapper.shared().writeValueAsString(java.util.Map.of("username", username, "name", displayName));
        Connection connection = call(
                "connect " + username + " to " + sessionId,
                () -> target.createConnection(new ConnectionProperties.Builder()
                        .type(ConnectionType.WEBRTC)
                        .role(OpenViduRole.PUBLISHER)
                        .data(data)
                        .build()));
        return connection.getToken();
    }

    @Override
    public void closeSession(String sessionId) {
        Session session = openVidu.getActiveSession(sessionId);
        if (session == null) {
            return;
        }
        try {
            call("close session " + sessionId, () -> {
                session.close();
                return null;
            });
        } catch (MediaServerException e) {
            if (e.status() != 404) {
                throw e;
            }
            log.info("OpenVidu session {} was gone already", sessionId);
        }
    }

    static String sessionId(long callId) {
        return "city-call-" + callId;
    }

    private <T> T call(String what, Callable<T> request) {
        try {
            return request.call();
        } catch (OpenViduHttpException e) {
            if (e.getStatus() >= 500) {
                log.warn("OpenVidu answered {} to '{}'; trying once more", e.getStatus(), what);
                return again(what, request);
            }
            throw failure(what, e);
        } catch (OpenViduJavaClientException e) {
            log.warn("OpenVidu could not be reached for '{}' ({}); trying once more", what, e.getMessage());
            return again(what, request);
        } catch (Exception e) {
            throw new MediaServerException("OpenVidu: " + what + " failed: " + e.getMessage(), 0, e);
        }
    }

    private <T> T again(String what, Callable<T> request) {
        try {
            return request.call();
        } catch (OpenViduHttpException e) {
            throw failure(what, e);
        } catch (Exception e) {
            throw new MediaServerException("OpenVidu cannot be reached: " + what + " failed: " + e.getMessage(), 0, e);
        }
    }

    private static MediaServerException failure(String what, OpenViduHttpException e) {
        String meaning = switch (e.getStatus()) {
            case 401 -> "the secret is wrong (401)";
            case 404 -> "the session does not exist (404)";
            case 400 -> "the request was refused as malformed (400)";
            case 409 -> "the session exists already (409)";
            default -> "it answered " + e.getStatus();
        };
        return new MediaServerException("OpenVidu: " + what + " failed: " + meaning, e.getStatus(), e);
    }
}
