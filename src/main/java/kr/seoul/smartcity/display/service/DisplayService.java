package kr.seoul.smartcity.display.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.command.domain.Match;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandService;
import kr.seoul.smartcity.display.domain.Display;
import kr.seoul.smartcity.display.domain.DisplayStore;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Displays (a wall screen or TV showing what its remotes choose) and the remotes that steer them. A remote must be
 * paired by the display's code; a display shows only what its own account may see, whoever steers it; every
 * instance serving a display follows through the event bus.
 */
@Service
public class DisplayService {

    private static final int CODE_ATTEMPTS = 20;

    private final DisplayStore store;
    private final CommandService commands;
    private final LiveEventBus events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DisplayService(DisplayStore store, CommandService commands, LiveEventBus events, Clock clock) {
        this.store = store;
        this.commands = commands;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The display this screen was (same account, remembered in its browser) or a new one with a fresh code.
     */
    public Display open(Asker owner, @Nullable String remembered) {
        Optional<Display> resumed = parse(remembered)
                .flatMap(store::find)
                .filter(display -> Objects.equals(display.ownerUsername(), owner.username()));
        if (resumed.isPresent()) {
            store.seen(resumed.get().id(), clock.instant());
            return resumed.get();
        }
        UUID id = UUID.randomUUID();
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            if (store.insert(
                    id,
                    newCode(),
                    owner.username(),
                    owner.viewer().role(),
                    owner.viewer().departmentCode(),
                    clock.instant())) {
                return store.find(id).orElseThrow();
            }
        }
        throw new IllegalStateException("No free pairing code after " + CODE_ATTEMPTS + " attempts");
    }

    public Optional<Display> find(String id) {
        return parse(id).flatMap(store::find);
    }

    /** Pairs the remote of a signed-in member of staff with the display showing this code. */
    public Display pair(Asker remote, String remoteName, String code) {
        String username = staff(remote);
        String digits = code.replaceAll("\\D", "");
        Display display =
                store.findByCode(digits).orElseThrow(() -> new DisplayRefusedException("display.refused.code", digits));
        store.pair(display.id(), username, remoteName, clock.instant());
        changed(display);
        return store.find(display.id()).orElseThrow();
    }

    public void unpair(Asker remote, String displayId) {
        Display display = paired(remote, displayId);
        store.unpair(display.id(), staff(remote));
        changed(display);
    }

    public List<Display> pairedWith(Asker remote) {
        return remote.isStaff() ? store.pairedWith(staff(remote)) : List.of();
    }

    /** The display, if the remote is paired with it. */
    public Display paired(Asker remote, String displayId) {
        String username = staff(remote);
        return find(displayId)
                .filter(display -> display.pairedWith(username))
                .orElseThrow(() -> new DisplayRefusedException("display.refused.not-paired", displayId));
    }

    /**
     * Shows on the display what the remote chose. The remote must be paired, and both the remote's account and the
     * display's may see it; actions (calls, directives) are done on one's own screen, not on a display.
     */
    public Display steer(Asker remote, String remoteName, String displayId, Match match, Locale locale) {
        Display display = paired(remote, displayId);
        String location = match.location();
        if (location == null) {
            throw new DisplayRefusedException(
                    "display.refused.action", match.target().id());
        }
        String target = match.target().id();
        if (commands.reachable(remote, target).isEmpty()) {
            throw new DisplayRefusedException("display.refused.remote-may-not", target);
        }
        if (commands.reachable(ownerOf(display), target).isEmpty()) {
            throw new DisplayRefusedException("display.refused.display-may-not", target);
        }
        store.steer(display.id(), location, match.label(locale), staff(remote), remoteName, clock.instant());
        events.publish(DisplaySteered.TOPIC, new DisplaySteered(display.id().toString(), location));
        changed(display);
        return store.find(display.id()).orElseThrow();
    }

    /** A new code for the display, which unpairs every remote: for a screen whose code was seen by too many. */
    public Display recode(Asker owner, String displayId) {
        Display display = owned(owner, displayId);
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            if (store.recode(display.id(), newCode())) {
                store.unpairAll(display.id());
                changed(display);
                return store.find(display.id()).orElseThrow();
            }
        }
        throw new IllegalStateException("No free pairing code after " + CODE_ATTEMPTS + " attempts");
    }

    /** Ends display mode: the display and its pairings are forgotten. */
    public void close(Asker owner, String displayId) {
        Display display = owned(owner, displayId);
        store.delete(display.id());
        changed(display);
    }

    /** Who the display shows content for: its own account, or a citizen for a public screen. */
    public static Asker ownerOf(Display display) {
        if (display.ownerUsername() == null || display.ownerRole() == null) {
            return Asker.CITIZEN;
        }
        return new Asker(new Viewer(display.ownerRole(), display.ownerDepartment()), display.ownerUsername());
    }

    private Display owned(Asker owner, String displayId) {
        return find(displayId)
                .filter(display -> Objects.equals(display.ownerUsername(), owner.username()))
                .orElseThrow(() -> new DisplayRefusedException("display.refused.not-yours", displayId));
    }

    private void changed(Display display) {
        events.publish(DisplayChanged.TOPIC, new DisplayChanged(display.id().toString()));
    }

    private static String staff(Asker asker) {
        String username = asker.username();
        if (username == null || !asker.isStaff()) {
            throw new DisplayRefusedException("display.refused.sign-in", "citizen");
        }
        return username;
    }

    private String newCode() {
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }

    private static Optional<UUID> parse(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
