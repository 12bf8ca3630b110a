package kr.seoul.smartcity.base.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.ServletContext;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every push connection's Atmosphere buffers are made with the size each new websocket reads from Atmosphere's
 * configuration: small, instead of the 16,384 bytes and characters Vaadin sets (48 KiB per open screen), while the
 * largest message a browser may send stays Vaadin's.
 */
@CityIntegrationTest
class SmallPushBuffersIT {

    @Autowired
    ServletContext context;

    @LocalServerPort
    int port;

    @Test
    void websocketsOpenedAfterVaadinStartedGetSmallBuffersAndKeepTheMessageLimit() throws Exception {
        // a first page makes sure Vaadin's servlet and service are initialised
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);

        List<AtmosphereFramework> frameworks = Collections.list(context.getAttributeNames()).stream()
                .map(context::getAttribute)
                .filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast)
                .toList();
        assertThat(frameworks).as("Vaadin's Atmosphere").isNotEmpty();
        for (AtmosphereFramework atmosphere : frameworks) {
            assertThat(atmosphere.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE))
                    .isEqualTo(String.valueOf(SmallPushBuffers.BUFFER_SIZE));
            assertThat(atmosphere.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE))
                    .as("the largest text message a browser may send")
                    .isEqualTo("16384");
        }
    }
}
