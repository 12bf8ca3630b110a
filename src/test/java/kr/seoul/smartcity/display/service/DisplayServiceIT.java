package kr.seoul.smartcity.display.service;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.Match;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandService;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.display.domain.Display;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The display service checks who pairs and steers, and what a display may show, whatever screen asks. */
@CityIntegrationTest
class DisplayServiceIT {

    private static final Asker MAYOR = new Asker(new Viewer(Role.MAYOR, null), "mayor");
    private static final Asker TRAFFIC = new Asker(new Viewer(Role.OFFICIAL, "TRAFFIC"), "traffic");

    @Autowired
    DisplayService displays;

    @Autowired
    CommandService commands;

    @Autowired
    LiveEventBus events;

    private Match target(Asker asker, String id) {
        CommandTarget target = commands.reachable(asker, id).orElseThrow();
        return new Match(target, null, null, "", 1);
    }

    @Test
    void aPairedRemoteSteersTheDisplayAndEveryScreenOfItHearsWhere() {
        Display display = displays.open(MAYOR, null);
        List<DisplaySteered> heard = new CopyOnWriteArrayList<>();
        try (var subscription = events.subscribe(DisplaySteered.TOPIC, heard::add)) {
            displays.pair(TRAFFIC, "이교통", display.code());
            Display steered = displays.steer(
                    TRAFFIC, "이교통", display.id().toString(), target(TRAFFIC, "DASHBOARD:traffic"), Locale.KOREAN);
            assertThat(steered.shownPath()).isEqualTo("dashboards/traffic");
            assertThat(steered.steeredByName()).isEqualTo("이교통");
            await().until(() -> heard.contains(new DisplaySteered(display.id().toString(), "dashboards/traffic")));
        }
        assertThat(displays.open(MAYOR, display.id().toString()).id())
                .as("the same browser resumes its display")
                .isEqualTo(display.id());
        assertThat(displays.open(TRAFFIC, display.id().toString()).id())
                .as("another account gets its own")
                .isNotEqualTo(display.id());
    }

    @Test
    void citizensAndUnpairedRemotesCannotSteer() {
        Display display = displays.open(MAYOR, null);
        assertThatThrownBy(() -> displays.pair(Asker.CITIZEN, "", display.code()))
                .isInstanceOf(DisplayRefusedException.class)
                .hasMessageContaining("display.refused.sign-in");
        assertThatThrownBy(() -> displays.steer(
                        TRAFFIC, "이교통", display.id().toString(), target(TRAFFIC, "DASHBOARD:traffic"), Locale.KOREAN))
                .isInstanceOf(DisplayRefusedException.class)
                .hasMessageContaining("display.refused.not-paired");
        assertThatThrownBy(() -> displays.pair(TRAFFIC, "이교통", "000000".equals(display.code()) ? "999999" : "000000"))
                .isInstanceOf(DisplayRefusedException.class)
                .hasMessageContaining("display.refused.code");
    }

    @Test
    void aPublicDisplayShowsNothingInternalWhoeverSteersIt() {
        Display screen = displays.open(Asker.CITIZEN, null);
        displays.pair(MAYOR, "김서울", screen.code());
        assertThatThrownBy(() -> displays.steer(
                        MAYOR, "김서울", screen.id().toString(), target(MAYOR, "DASHBOARD:wall"), Locale.KOREAN))
                .isInstanceOf(DisplayRefusedException.class)
                .hasMessageContaining("display.refused.display-may-not");
        assertThatThrownBy(() -> displays.steer(
                        MAYOR, "김서울", screen.id().toString(), target(MAYOR, "SCREEN:approval"), Locale.KOREAN))
                .isInstanceOf(DisplayRefusedException.class)
                .hasMessageContaining("display.refused.display-may-not");
        assertThat(displays.steer(MAYOR, "김서울", screen.id().toString(), target(MAYOR, "DISTRICT:11440"), Locale.KOREAN)
                        .shownPath())
                .isEqualTo("district/11440");
    }

    @Test
    void aRemoteCannotShowWhatItsOwnAccountMayNotSee() {
        Asker admin = new Asker(new Viewer(Role.ADMIN, "DIGITAL"), "admin");
        Display adminScreen = displays.open(admin, null);
        displays.pair(TRAFFIC, "이교통", adminScreen.code());
        CommandTarget accounts =
                commands.reachable(admin, "SCREEN:admin/accounts").orElseThrow();
        assertThat(commands.reachable(TRAFFIC, accounts.id()))
                .as("an official may not manage accounts")
                .isEmpty();
        assertThatThrownBy(() -> displays.steer(
                        TRAFFIC,
                        "이교통",
                        adminScreen.id().toString(),
                        new Match(accounts, null, null, "", 1),
                        Locale.KOREAN))
                .isInstanceOf(DisplayRefusedException.class)
                .hasMessageContaining("display.refused.remote-may-not");
    }

    @Test
    void anActionIsNeverShownOnADisplay() {
        Display wall = displays.open(MAYOR, null);
        displays.pair(MAYOR, "김서울", wall.code());
        CommandTarget call = commands.reachable(MAYOR, "CALL:TRAFFIC").orElseThrow();
        assertThatThrownBy(() -> displays.steer(
                        MAYOR, "김서울", wall.id().toString(), new Match(call, null, null, "VIDEO", 1), Locale.KOREAN))
                .isInstanceOf(DisplayRefusedException.class)
                .hasMessageContaining("display.refused.action");
    }
}
