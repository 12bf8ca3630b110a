package kr.seoul.smartcity.usage.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import kr.seoul.smartcity.base.jobs.PeriodicJob;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.usage.domain.DeviceKind;
import kr.seoul.smartcity.usage.domain.UsageEvent;
import kr.seoul.smartcity.usage.domain.UsageKind;
import kr.seoul.smartcity.usage.domain.UsageStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Records uses without slowing the screens: gathered in memory, written every few seconds. A member of staff's use
 * is kept by name only after they agreed (and nothing of theirs otherwise); a citizen's only adds one to its hour's
 * count for the screen, device and station.
 */
@Service
public class UsageRecorder extends PeriodicJob {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UsageRecorder.class);

    private final UsageStore store;
    private final UsageProperties properties;
    private final Clock clock;
    private final ConcurrentLinkedQueue<UsageEvent> pending = new ConcurrentLinkedQueue<>();
    private final Map<String, Boolean> consents = new ConcurrentHashMap<>();
    private volatile boolean consentsRead;

    UsageRecorder(UsageStore store, UsageProperties properties, Clock clock) {
        super("usage-recorder", properties.flushEvery());
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records a use; a citizen's has neither username nor role. */
    public void record(
            UsageKind kind,
            String subject,
            DeviceKind device,
            long durationMillis,
            @Nullable String username,
            @Nullable Role role,
            @Nullable String station) {
        if (!properties.enabled()) {
            return;
        }
        if (username != null && !consented(username)) {
            return;
        }
        pending.add(new UsageEvent(
                clock.instant(),
                kind,
                subject,
                device,
                durationMillis,
                username,
                username == null ? null : role,
                station));
    }

    /** Whether this member of staff agreed to be recorded; empty until they decided. */
    public Optional<Boolean> consent(String username) {
        readConsents();
        return Optional.ofNullable(consents.get(username));
    }

    /** Records a member of staff's decision; withdrawing forgets what was recorded of them. */
    public void decide(String username, boolean consented) {
        store.decide(username, consented, clock.instant());
        consents.put(username, consented);
        if (!consented) {
            pending.removeIf(event -> username.equals(event.username()));
            store.forget(username);
        }
    }

    private boolean consented(String username) {
        return consent(username).orElse(false);
    }

    private void readConsents() {
        if (!consentsRead) {
            consents.putAll(store.consents());
            consentsRead = true;
        }
    }

    /** Writes what was gathered: named uses as they are, anonymous ones added to their hour's counts. */
    public synchronized void flush() {
        List<UsageEvent> named = new ArrayList<>();
        Map<UsageStore.HourKey, long[]> counts = new HashMap<>();
        for (UsageEvent event; (event = pending.poll()) != null; ) {
            if (event.anonymous()) {
                UsageStore.HourKey key = new UsageStore.HourKey(
                        event.at().truncatedTo(ChronoUnit.HOURS),
                        event.kind(),
                        event.subject(),
                        event.device(),
                        event.station() == null ? "" : event.station());
                long[] count = counts.computeIfAbsent(key, k -> new long[2]);
                count[0]++;
                count[1] += event.durationMillis();
            } else {
                named.add(event);
            }
        }
        if (!named.isEmpty() || !counts.isEmpty()) {
            store.save(named, counts);
        }
    }

    /** Forgets recorded uses and counts older than their retention periods. */
    public long expire() {
        Instant now = clock.instant();
        return store.expire(now.minus(properties.retention()), now.minus(properties.countRetention()));
    }

    @Override
    protected void runOnce() {
        flush();
    }

    /** Writes what is still gathered before the application stops. */
    @Override
    public synchronized void stop() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("{} recorded uses could not be written before stopping: {}", pending.size(), e.toString());
        }
        super.stop();
    }
}
