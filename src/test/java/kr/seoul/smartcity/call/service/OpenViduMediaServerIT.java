package kr.seoul.smartcity.call.service;

import java.io.IOException;
import java.net.ServerSocket;

import kr.seoul.smartcity.call.domain.CallMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OpenVidu adapter, with the real openvidu-java-client, against a server speaking OpenVidu 2.32's REST API. */
class OpenViduMediaServerIT {

    private static final String SECRET = "MY_SECRET";

    private OpenViduProtocolServer openVidu;
    private OpenViduMediaServer media;

    @BeforeEach
    void start() throws IOException {
        openVidu = new OpenViduProtocolServer(SECRET);
        media = new OpenViduMediaServer(openVidu.url(), SECRET);
    }

    @AfterEach
    void stop() {
        openVidu.close();
    }

    @Test
    void opensACallsSessionAndIssuesATokenPerPerson() {
        String session = media.openSession(41);

        String mayor = media.connectionToken(session, "mayor", "김서울");
        String traffic = media.connectionToken(session, "traffic", "이교통");

        assertThat(media.mode()).isEqualTo(CallMode.OPENVIDU);
        assertThat(session).isEqualTo("city-call-41");
        assertThat(openVidu.hasSession("city-call-41")).isTrue();
        assertThat(mayor).isNotEqualTo(traffic).startsWith("ws://").contains("sessionId=city-call-41");
        assertThat(openVidu.tokens(session)).containsExactly(mayor, traffic);
        assertThat(openVidu.serverData(session))
                .anySatisfy(data -> assertThat(data).contains("\"username\":\"traffic\""));
    }

    @Test
    void anotherApplicationInstanceFindsTheSameSession() {
        String session = media.openSession(42);
        OpenViduMediaServer otherInstance = new OpenViduMediaServer(openVidu.url(), SECRET);

        // the session exists: OpenVidu answers 409 and the client fetches it instead
        assertThat(otherInstance.openSession(42)).isEqualTo(session);
        String token = otherInstance.connectionToken(session, "climate", "박환경");

        assertThat(openVidu.tokens(session)).containsExactly(token);
        assertThat(openVidu.requests())
                .contains("POST /openvidu/api/sessions", "GET /openvidu/api/sessions/city-call-42");
    }

    @Test
    void closesSessionsAndTakesAGoneOneAsClosed() {
        String session = media.openSession(43);
        OpenViduMediaServer otherInstance = new OpenViduMediaServer(openVidu.url(), SECRET);
        otherInstance.openSession(43);

        otherInstance.closeSession(session);
        media.closeSession(session); // 404: gone already

        assertThat(openVidu.hasSession(session)).isFalse();
        assertThat(openVidu.requests()).filteredOn(r -> r.startsWith("DELETE")).hasSize(2);
    }

    @Test
    void aTokenForASessionClosedElsewhereIsRefusedWithTheReason() {
        String session = media.openSession(44);
        OpenViduMediaServer otherInstance = new OpenViduMediaServer(openVidu.url(), SECRET);
        otherInstance.openSession(44);
        otherInstance.closeSession(session);

        assertThatThrownBy(() -> media.connectionToken(session, "mayor", "김서울"))
                .isInstanceOfSatisfying(MediaServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("does not exist");
                });
    }

    @Test
    void aWrongSecretIsReportedAsSuch() {
        OpenViduMediaServer wrong = new OpenViduMediaServer(openVidu.url(), "not-the-secret");

        assertThatThrownBy(() -> wrong.openSession(46)).isInstanceOfSatisfying(MediaServerException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.getMessage()).contains("secret is wrong");
        });
        assertThat(openVidu.hasSession("city-call-46")).isFalse();
    }

    @Test
    void aServerErrorIsTriedOnceMore() {
        openVidu.failNext(500, 1);

        assertThat(media.openSession(47)).isEqualTo("city-call-47");
        assertThat(openVidu.requests())
                .filteredOn(r -> r.equals("POST /openvidu/api/sessions"))
                .hasSize(2);
    }

    @Test
    void aServerThatKeepsFailingIsReportedNotSwallowed() {
        String session = media.openSession(48);
        openVidu.failNext(500, 2);

        assertThatThrownBy(() -> media.connectionToken(session, "mayor", "김서울"))
                .isInstanceOfSatisfying(MediaServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.getMessage()).contains("answered 500");
                });
    }

    @Test
    void anUnreachableServerIsReported() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OpenViduMediaServer unreachable = new OpenViduMediaServer("http://127.0.0.1:" + closedPort + "/", SECRET);

        assertThatThrownBy(() -> unreachable.openSession(49)).isInstanceOfSatisfying(MediaServerException.class, e -> {
            assertThat(e.status()).isZero();
            assertThat(e.getMessage()).contains("cannot be reached");
        });
    }
}
