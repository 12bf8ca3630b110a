package kr.seoul.smartcity.dashboard.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.dashboard.domain.EmbedSite;
import kr.seoul.smartcity.dashboard.domain.EmbedSiteStore;
import kr.seoul.smartcity.security.service.EmbeddingSites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The sites allowed to show public widgets in a frame ({@code /embed/**}), as origins such as
 * {@code https://news.seoul.go.kr}: the browser refuses the frame on any other site. Anyone's request reads the list
 * (it goes into every embed response's {@code frame-ancestors}), so it is kept in memory and dropped on every instance
 * when an administrator changes it. Only administrators change it; the service checks.
 */
@Service
public class EmbedSites implements EmbeddingSites {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private final EmbedSiteStore store;
    private final LiveEventBus events;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Read cached;

    /** The list as read while the changes counted {@code generation}. */
    private record Read(long generation, List<EmbedSite> sites) {}

    EmbedSites(EmbedSiteStore store, LiveEventBus events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        events.subscribe(EmbedSitesChanged.TOPIC, changed -> drop());
    }

    /** The listed sites, in the order they were added. */
    public List<EmbedSite> list() {
        Read read = cached;
        long now = generation.get();
        if (read == null || read.generation() != now) {
            // a read overtaken by a change is kept under the old count and so never used again
            read = new Read(now, store.all());
            cached = read;
        }
        return read.sites();
    }

    @Override
    public List<String> origins() {
        return list().stream().map(EmbedSite::origin).toList();
    }

    /**
     * Lists a site (administrators).
     *
     * @return the origin as stored (lower case, without a trailing slash)
     * @throws DashboardRefusedException if the actor is not an administrator or the origin is not a plain
     *                                   {@code http(s)://host[:port]}
     */
    public String add(DashboardActor actor, String origin) {
        requireAdmin(actor);
        String normalised = normalise(origin);
        if (normalised == null) {
            throw new DashboardRefusedException(
                    DashboardRefusedException.Reason.CONFLICT,
                    "embed-origin",
                    "Not an origin (http or https, a host, perhaps a port, no path, no wildcard): " + origin);
        }
        if (store.add(normalised, actor.username(), clock.instant())) {
            changed(normalised);
        }
        return normalised;
    }

    /** Takes a site off the list (administrators); its pages can no longer frame widgets. */
    public void remove(DashboardActor actor, String origin) {
        requireAdmin(actor);
        if (store.remove(origin)) {
            changed(origin);
        }
    }

    /**
     * The origin as a browser compares it in {@code frame-ancestors}: {@code http} or {@code https}, a host name or
     * IPv4 address, perhaps a port; no user, path (a lone trailing slash is dropped), query, fragment or wildcard.
     *
     * @return the origin in lower case, or null if the text is not one
     */
    public static @Nullable String normalise(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.length() > 300 || !trimmed.matches("[A-Za-z0-9:/.\\-]+")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || host.isEmpty()
                || uri.getRawUserInfo() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || !validHost(host)
                || uri.getPort() == 0
                || uri.getPort() > 65535) {
            return null;
        }
        return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static boolean validHost(String host) {
        if (host.length() > 253 || host.startsWith(".") || host.endsWith(".")) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private void drop() {
        generation.incrementAndGet();
    }

    private void changed(String origin) {
        drop();
        events.publish(EmbedSitesChanged.TOPIC, new EmbedSitesChanged(origin));
    }

    private static void requireAdmin(DashboardActor actor) {
        if (!actor.isAdmin() || actor.username() == null) {
            throw new DashboardRefusedException(
                    DashboardRefusedException.Reason.NOT_ALLOWED,
                    "embed-admin",
                    "Only administrators change the sites that may embed widgets");
        }
    }
}
