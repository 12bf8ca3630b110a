package kr.seoul.smartcity.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command bar ("Hey, Seoul") in a real browser: commands typed in Korean and English reach the right screen, a
 * citizen's command finds nothing internal, a spoken command (speech recognition with the words injected, as a
 * browser without a microphone cannot hear) shows what was heard and runs it.
 */
class CommandIT extends BrowserTest {

    /** A stand-in for the browser's speech recognition that "hears" the given words once started. */
    private static final String FAKE_RECOGNITION = """
            window.__heard = arguments[0];
            window.SpeechRecognition = class {
              start() {
                setTimeout(() => {
                  const result = [{transcript: window.__heard}];
                  result.isFinal = true;
                  this.onresult({resultIndex: 0, results: [result]});
                  this.onend && this.onend();
                }, 200);
              }
              stop() {}
              abort() {}
            };
            window.cityCommand.markVoice();""";

    @Test
    void aCommandTypedInKoreanOpensTheDistrictWithTheIndicatorsHistory() {
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/status");
        mayor.find("body").sendKeys("/");
        mayor.type("#command-input", "강남구 초미세먼지 지난 7일");
        mayor.waitForAttribute(
                "#command-option-0",
                "data-location",
                "district/11680?indicator=AIR_PM25&range=WEEK",
                Duration.ofSeconds(10));
        assertThat(mayor.text("#command-option-0")).contains("강남구", "초미세먼지", "지난 7일");
        mayor.screenshot("command-bar-desktop");
        mayor.press("#command-input input", Keys.ENTER);
        mayor.waitForPath("/district/11680");
        mayor.waitForText("#indicator-from-address", "강남구");
        assertThat(mayor.find("#indicator-from-address vaadin-tab[selected]").getAttribute("data-range"))
                .isEqualTo("WEEK");
    }

    @Test
    void aCommandTypedInEnglishOpensTheApprovalInboxAndADashboard() {
        Browser official = browser();
        official.signIn("traffic", "traffic");
        official.open("/");
        official.find("body").sendKeys(Keys.chord(Keys.CONTROL, "k"));
        official.type("#command-input", "open the approval inbox");
        official.waitForAttribute("#command-option-0", "data-location", "approval", Duration.ofSeconds(10));
        official.press("#command-input input", Keys.ENTER);
        official.waitForPath("/approval");

        official.click("#command-open");
        official.type("#command-input", "교통 대시보드");
        official.waitForAttribute("#command-option-0", "data-location", "dashboards/traffic", Duration.ofSeconds(10));
        official.press("#command-input input", Keys.ENTER);
        official.waitForPath("/dashboards/traffic");
    }

    @Test
    void aCitizensCommandForInternalContentFindsNothingInternal() {
        Browser citizen = browser(Browser.PHONE);
        citizen.open("/");
        citizen.click("#command-open");
        for (String said : new String[] {"결재함", "approval inbox", "지시사항", "상황실 월 스크린"}) {
            citizen.type("#command-input", said);
            citizen.waitForAttribute("#command-results", "data-query", said, Duration.ofSeconds(10));
            assertThat(citizen.all("#command-results .command-option")).as(said).noneMatch(option -> {
                String location = option.getAttribute("data-location");
                return "approval".equals(location)
                        || "directives".equals(location)
                        || "dashboards/wall".equals(location);
            });
        }
        citizen.type("#command-input", "강남구 미세먼지");
        citizen.waitForAttribute(
                "#command-option-0", "data-location", "district/11680?indicator=AIR_PM10", Duration.ofSeconds(10));
        citizen.screenshot("command-bar-phone");
        citizen.press("#command-input input", Keys.ENTER);
        citizen.waitForPath("/district/11680");
    }

    @Test
    void aSpokenCommandIsShownAsHeardThenRuns() {
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/");
        mayor.js(FAKE_RECOGNITION, "헤이 서울, 마포구 생활인구 지난 7일");
        mayor.click("#command-voice");
        mayor.waitForText("#command-status", "마포구 생활인구 지난 7일");
        assertThat(mayor.find("#command-input input").getAttribute("value")).isEqualTo("마포구 생활인구 지난 7일");
        mayor.waitForPath("/district/11440");
        mayor.waitForText("#indicator-from-address", "마포구");
    }

    @Test
    void aSpokenDirectiveOpensTheFormWithTheDepartmentAndWords() {
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/office");
        mayor.click("#command-open");
        mayor.type("#command-input", "지시: 도시교통실 강남대로 정체 대응 방안 보고");
        mayor.waitForAttribute("#command-option-0", "data-target", "DIRECTIVE:TRAFFIC", Duration.ofSeconds(10));
        mayor.press("#command-input input", Keys.ENTER);
        mayor.waitUntil(() -> mayor.isPresent("#directive-title"), Duration.ofSeconds(10));
        assertThat(mayor.find("#directive-title input").getAttribute("value")).isEqualTo("강남대로 정체 대응 방안 보고");
        assertThat(mayor.find("#directive-departments").getText()).contains("도시교통실");
    }

    @Test
    void theKioskReadsItsKeyValuesAloud() {
        Browser kiosk = browser();
        kiosk.open("/kiosk");
        kiosk.js("""
                window.__spoken = [];
                Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
                  speak(utterance) { window.__spoken.push(utterance.text); },
                  cancel() {}
                }});""");
        kiosk.click("#kiosk-speak");
        kiosk.waitUntil(
                () -> !String.valueOf(kiosk.js("return window.__spoken.join(' ')"))
                        .isEmpty(),
                Duration.ofSeconds(10));
        String spoken = String.valueOf(kiosk.js("return window.__spoken.join(' ')"));
        // each key value with its level, and its trend when the day has more than one value
        assertThat(spoken)
                .as("values with their level, in words")
                .contains("미세먼지")
                .containsAnyOf("좋음", "주의", "위험");
    }

    /** WCAG 2.1.4: the single "/" key can be switched off; Ctrl-K still opens the bar, and the choice stays. */
    @Test
    void theSlashKeyCanBeSwitchedOffAndCtrlKStillOpensTheBar() {
        Browser citizen = browser();
        citizen.open("/");
        citizen.find("body").sendKeys("/");
        citizen.click("#command-slash-key label");
        citizen.waitUntil(
                () -> Boolean.FALSE.equals(citizen.js("return window.cityCommand.slashKey()")), Duration.ofSeconds(10));
        String opensOn = """
                let opened = 0;
                const opener = document.querySelector('#command-open');
                const count = () => opened++;
                opener.addEventListener('click', count, true);
                document.body.dispatchEvent(new KeyboardEvent('keydown', arguments[0]));
                opener.removeEventListener('click', count, true);
                return opened;""";
        assertThat(citizen.js(opensOn, java.util.Map.of("key", "/", "bubbles", true)))
                .as("the / key")
                .isEqualTo(0L);
        assertThat(citizen.js(opensOn, java.util.Map.of("key", "k", "ctrlKey", true, "bubbles", true)))
                .as("Ctrl-K")
                .isEqualTo(1L);
        citizen.open("/");
        citizen.click("#command-open");
        citizen.waitUntil(
                () -> "false".equals(citizen.find("#command-slash-key").getDomProperty("checked")),
                Duration.ofSeconds(10));
    }
}
