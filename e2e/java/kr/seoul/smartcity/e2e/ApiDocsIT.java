package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A developer opens Swagger UI at /api/docs without signing in and reads both APIs in it, under the application's
 * Content-Security-Policy (nothing refused).
 */
class ApiDocsIT extends BrowserTest {

    @Test
    void swaggerUiShowsTheOpenDataAndTheAdministrationApi() {
        Browser browser = browser();
        browser.load("/api/docs");
        browser.waitUntil(() -> browser.isPresent(".opblock"), Duration.ofSeconds(20));
        browser.waitForText(".information-container .title", "Seoul Smart City Platform API");
        String text = browser.pageText();
        assertThat(text).contains("/api/public/indicators", "/api/public/archive/search", "/api/public/documents");
        assertThat(browser.isPresent(".auth-wrapper .authorize"))
                .as("the open data API asks for no sign-in")
                .isFalse();
        browser.screenshot("api-docs-public");

        // the other group, from the definition selector
        browser.js("const select = document.querySelector('#select');"
                + "const option = [...select.options].find(o => o.textContent.includes('admin'));"
                + "select.value = option.value; select.dispatchEvent(new Event('change', {bubbles: true}));");
        browser.waitUntil(() -> browser.pageText().contains("/api/admin/catalog/indicators"), Duration.ofSeconds(20));
        browser.waitUntil(() -> browser.isPresent(".auth-wrapper .authorize"), Duration.ofSeconds(10));
        browser.screenshot("api-docs-admin");

        List<String> refused = browser.consoleMessages().stream()
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused"))
                .toList();
        assertThat(refused).isEmpty();
    }
}
