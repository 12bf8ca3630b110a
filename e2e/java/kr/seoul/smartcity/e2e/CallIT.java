package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.Instant;

import kr.seoul.smartcity.call.service.CallService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls between two officials in two Chromium sessions with fake cameras and microphones, in the built-in mode
 * (browsers connect directly; no media server).
 */
class CallIT extends BrowserTest {

    @Autowired
    CallService calls;

    private static final Duration MEDIA_WAIT = Duration.ofSeconds(30);

    /** The other person's picture is playing: a remote video with a size that is not paused. */
    private static final String REMOTE_VIDEO_PLAYING = """
            const video = document.querySelector('city-call video.call-remote-video');
            return !!video && video.videoWidth > 0 && !video.paused && video.readyState >= 2;
            """;

    @Test
    void theMayorCallsAnOfficialWhoseOpenPageRingsAndBothSeeEachOther() {
        Browser mayor = browser();
        Browser traffic = browser(Browser.PHONE);
        mayor.signIn("mayor", "mayor");
        traffic.signIn("traffic", "traffic");
        traffic.open("/office");

        mayor.open("/directory");
        mayor.click(".directory-person[data-username='traffic'] .call-video");
        mayor.waitForAttribute("#call-status", "data-status", "RINGING", Duration.ofSeconds(10));
        assertThat(mayor.text("#call-mode")).contains("내장 모드");
        mayor.find("#call-prejoin[data-devices='ready']");
        mayor.screenshot("call-calling-desktop");

        // the official's page rings by push, without a reload
        traffic.waitForText("#ringing-caller", "김서울", Duration.ofSeconds(10));
        assertThat(traffic.currentPath()).isEqualTo("/office");
        traffic.screenshot("call-ringing-phone");
        traffic.click("#ringing-accept");
        traffic.waitForAttribute("#call-status", "data-status", "ACTIVE", Duration.ofSeconds(10));
        mayor.waitForAttribute("#call-status", "data-status", "ACTIVE", Duration.ofSeconds(10));

        mayor.click("#call-join");
        traffic.click("#call-join");
        waitUntil(mayor, REMOTE_VIDEO_PLAYING);
        waitUntil(traffic, REMOTE_VIDEO_PLAYING);
        assertThat(mayor.all("#call-participants .participant-joined")).hasSize(2);
        mayor.screenshot("call-active-desktop");
        traffic.screenshot("call-active-phone");

        // the OpenVidu mode's browser library is in the production bundle and loads
        assertThat(mayor.js("return document.querySelector('city-call')._openViduLibrary()"
                        + ".then(m => typeof new m.OpenVidu().initSession);"))
                .isEqualTo("function");

        // the network drops and comes back: the page says it is reconnecting, then both pictures play again
        mayor.js("window.dispatchEvent(new Event('offline'))");
        mayor.waitForText("#call-reconnecting", "다시 연결", Duration.ofSeconds(5));
        mayor.screenshot("call-reconnecting-desktop");
        mayor.js("window.dispatchEvent(new Event('online'))");
        waitUntil(mayor, "return document.getElementById('call-reconnecting').hidden;");
        waitUntil(mayor, REMOTE_VIDEO_PLAYING);
        waitUntil(traffic, REMOTE_VIDEO_PLAYING);

        mayor.click("#call-leave");
        traffic.waitForAttribute("#call-status", "data-status", "ENDED", Duration.ofSeconds(10));
        assertThat(traffic.all("city-call video.call-remote-video")).isEmpty();
    }

    @Test
    void aVoiceCallFromAnIncidentCarriesSoundAndNoVideo() {
        Browser mayor = browser();
        Browser safety = browser();
        mayor.signIn("mayor", "mayor");
        safety.signIn("safety", "safety");
        safety.open("/alerts");

        mayor.open("/disasters");
        markDemoFire(mayor);
        mayor.click(".demo-fire .incident-calls .call-voice");
        safety.waitForText("#ringing-caller", "김서울", Duration.ofSeconds(10));
        safety.screenshot("call-ringing-desktop");
        safety.click("#ringing-accept");

        mayor.click("#call-join");
        safety.click("#call-join");
        String remoteSound = """
                const audio = document.querySelector('city-call audio.call-remote-audio');
                return !!audio && !!audio.srcObject && audio.srcObject.getAudioTracks().length > 0
                    && audio.srcObject.getAudioTracks()[0].readyState === 'live';
                """;
        waitUntil(mayor, remoteSound);
        waitUntil(safety, remoteSound);
        assertThat(mayor.all("city-call video")).isEmpty();
        assertThat(safety.all("city-call video")).isEmpty();
        assertThat(mayor.text(".call-context")).contains("구로구");
        mayor.screenshot("call-voice-desktop");

        safety.click("#call-leave");
        mayor.waitForAttribute("#call-status", "data-status", "ENDED", Duration.ofSeconds(10));
        mayor.open("/calls");
        assertThat(mayor.text("#call-log")).contains("오안전").contains("구로구");
    }

    @Test
    void theMayorOpensAConferenceRoomFromAnIncidentAndTwoDepartmentsJoin() {
        Browser mayor = browser();
        Browser traffic = browser();
        Browser safety = browser(Browser.PHONE);
        mayor.signIn("mayor", "mayor");
        traffic.signIn("traffic", "traffic");
        safety.signIn("safety", "safety");
        traffic.open("/calls");
        safety.open("/office");

        mayor.open("/disasters");
        markDemoFire(mayor);
        mayor.click(".demo-fire .call-room-button");
        mayor.find("#room-name");
        mayor.js("""
                [...document.querySelectorAll('#room-departments vaadin-checkbox')]
                    .find(box => box.textContent.includes('도시교통실')).querySelector('input').click();
                """);
        mayor.click("#room-start");
        mayor.find("#call-prejoin");

        traffic.waitForText("#ringing-caller", "김서울", Duration.ofSeconds(10));
        safety.waitForText("#ringing-caller", "김서울", Duration.ofSeconds(10));
        assertThat(traffic.text("#open-rooms")).contains("구로구");
        traffic.click("#ringing-accept");
        safety.click("#ringing-accept");
        for (Browser each : new Browser[] {mayor, traffic, safety}) {
            each.click("#call-join");
        }
        String twoOthersPlaying = """
                const videos = [...document.querySelectorAll('city-call video.call-remote-video')];
                return videos.length === 2 && videos.every(v => v.videoWidth > 0 && !v.paused);
                """;
        for (Browser each : new Browser[] {mayor, traffic, safety}) {
            waitUntil(each, twoOthersPlaying);
        }
        mayor.screenshot("call-room-desktop");
        safety.screenshot("call-room-phone");

        // everyone leaves: the room ends, and the invitation stops ringing for the department's other officials
        for (var room : calls.openRooms()) {
            for (String username : new String[] {"mayor", "traffic", "safety"}) {
                calls.leave(room.id(), username);
            }
        }
        assertThat(calls.ringingFor("director")).as("nobody left ringing").isEmpty();
    }

    @Test
    void aCallHungUpBeforeAnAnswerIsListedAsMissed() {
        Browser mayor = browser();
        Browser deputy = browser();
        mayor.signIn("mayor", "mayor");
        deputy.signIn("deputy", "deputy");
        deputy.open("/approval");
        deputy.open("/calls"); // earlier missed calls count as seen
        deputy.open("/approval");

        mayor.open("/directory");
        mayor.click(".directory-person[data-username='deputy'] .call-voice");
        deputy.waitForText("#ringing-caller", "김서울", Duration.ofSeconds(10));
        mayor.click("#call-cancel");

        deputy.waitForAttribute("#call-indicator", "data-missed", "1", Duration.ofSeconds(10));
        assertThat(deputy.all("#ringing-accept")).isEmpty();
        deputy.click("#call-indicator");
        deputy.waitForPath("/calls");
        assertThat(deputy.text("#missed-calls")).contains("김서울");
        deputy.waitForAttribute("#call-indicator", "data-missed", "0", Duration.ofSeconds(5));
        deputy.screenshot("calls-desktop");
    }

    @Test
    void anAdministratorKeepsTheDirectoryUpToDate() {
        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/directory");
        String deputy = ".directory-person[data-username='deputy']";
        admin.click(deputy + " .person-edit");
        admin.type("#contact-phone", "내선 없음");
        admin.click("#contact-save");
        admin.find("#contact-phone[invalid]");
        assertThat(admin.all("#contact-dialog[opened]")).isNotEmpty();

        admin.type("#contact-phone", "02-120-0009");
        admin.js("document.querySelector('#contact-on-duty input').click()");
        admin.click("#contact-save");
        admin.waitForText(deputy + " .person-phone", "02-120-0009");
        assertThat(admin.text(deputy + " .person-duty")).isEqualTo("근무 외");

        // back as it was, for the other tests
        admin.click(deputy + " .person-edit");
        admin.type("#contact-phone", "02-120-0002");
        admin.js("document.querySelector('#contact-on-duty input').click()");
        admin.click("#contact-save");
        admin.waitForText(deputy + " .person-duty", "근무 중");
        assertThat(admin.text(deputy + " .person-phone")).isEqualTo("02-120-0002");
    }

    @Test
    void theDirectoryIsSearchableAndClosedToCitizens() {
        Browser official = browser();
        official.signIn("climate", "climate");
        official.open("/directory");
        assertThat(official.all(".directory-person").size()).isGreaterThanOrEqualTo(6);
        official.screenshot("directory-desktop");
        official.type("#directory-search", "도시교통실");
        waitUntil(official, "return document.querySelectorAll('.directory-department').length === 1;");
        assertThat(official.text("#directory")).contains("이교통").contains("정국장");
        assertThat(official.text("#directory")).doesNotContain("박환경");

        Browser phone = browser(Browser.PHONE);
        phone.signIn("traffic", "traffic");
        phone.open("/directory");
        phone.find(".directory-person[data-username='mayor']");
        phone.screenshot("directory-phone");

        Browser citizen = browser();
        citizen.open("/directory");
        assertThat(citizen.currentPath()).isEqualTo("/login");
        citizen.open("/calls");
        assertThat(citizen.currentPath()).isEqualTo("/login");
        citizen.open("/disasters");
        assertThat(citizen.all(".call-video, .call-voice, .call-room-button")).isEmpty();
    }

    private static void waitUntil(Browser browser, String script) {
        Instant limit = Instant.now().plus(MEDIA_WAIT);
        while (!Boolean.TRUE.equals(browser.js(script))) {
            if (Instant.now().isAfter(limit)) {
                browser.screenshot("call-timeout-" + System.nanoTime());
                throw new AssertionError(
                        "Not within " + MEDIA_WAIT + ": " + script + "\nstate: "
                                + browser.js(
                                        "const c = document.querySelector('city-call'); return c ? c.outerHTML.slice(0, 2000) : 'no city-call';"));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The demo's fire in 구로구 among the active incidents (other tests add incidents of their own). */
    private static void markDemoFire(Browser browser) {
        browser.find(".incident-active");
        browser.js("""
                [...document.querySelectorAll('.incident-active')].find(card => card.textContent.includes('구로구'))
                    .classList.add('demo-fire');
                """);
    }
}
