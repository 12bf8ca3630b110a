package kr.seoul.smartcity.call.service;

import java.security.SecureRandom;
import java.util.Base64;

import kr.seoul.smartcity.call.domain.CallMode;

/**
 * No media server: browsers send media to each other directly (WebRTC), and the application carries their
 * signalling. Sessions are just names; tokens are random and checked by {@link CallService} when used.
 */
class BuiltInMediaServer implements MediaServer {

    private final SecureRandom random = new SecureRandom();

    @Override
    public CallMode mode() {
        return CallMode.BUILT_IN;
    }

    @Override
    public String openSession(long callId) {
        return "call-" + callId;
    }

    @Override
    public String connectionToken(String sessionId, String username, String displayName) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return "builtin:" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void closeSession(String sessionId) {
        // nothing is held anywhere but in the browsers
    }
}
