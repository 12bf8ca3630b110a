package kr.seoul.smartcity.e2e;

import java.util.ArrayList;
import java.util.List;

import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The production-mode application with the embedded services and demo data, and browsers to look at it. */
@CityIntegrationTest
abstract class BrowserTest {

    @LocalServerPort
    int port;

    private final List<Browser> browsers = new ArrayList<>();

    Browser browser() {
        return browser(Browser.DESKTOP);
    }

    Browser browser(Dimension size) {
        Browser browser = new Browser(port, size);
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }
}
