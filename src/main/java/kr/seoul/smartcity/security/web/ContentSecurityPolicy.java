package kr.seoul.smartcity.security.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kr.seoul.smartcity.security.service.EmbeddingSites;
import org.jspecify.annotations.Nullable;

/**
 * The Content-Security-Policy the application sends. Pages (Vaadin's bootstrap page) get a fresh nonce per request:
 * only the bootstrap's own scripts carry it, so a script or an inline event handler ({@code onerror=...}) that ever
 * reached a page is not run, even though Flow needs {@code 'unsafe-eval'} for the JavaScript the server sends. Every
 * other response (JSON, files, static resources) gets the same policy without a nonce: no inline script at all.
 * Frames: the app itself and the sites in {@code city.security.headers.frame-ancestors}, instead of a global
 * {@code X-Frame-Options}, so that public widgets can be embedded on chosen sites. The embeddable pages
 * ({@code /embed/**}) may also be framed by the sites an administrator lists ({@link EmbeddingSites}).
 */
public final class ContentSecurityPolicy {

    private final List<String> frameAncestors;
    private final List<String> connectSources;

    public ContentSecurityPolicy(List<String> frameAncestors, List<String> connectSources) {
        this.frameAncestors = frameAncestors.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        this.connectSources = withWebSockets(connectSources);
    }

    /** For a Vaadin page: scripts with this nonce, plus what Flow's client engine evaluates. */
    public String forPage(String nonce) {
        return policy("'self' 'nonce-" + nonce + "' 'unsafe-eval'");
    }

    /** For a page in development mode, where Vite's and the dev tools' inline scripts carry no nonce. */
    public String forDevelopmentPage() {
        return policy("'self' 'unsafe-inline' 'unsafe-eval'");
    }

    /** For everything that is not a page. */
    public String forOtherResponses() {
        return policy("'self'");
    }

    /**
     * For the embeddable pages ({@code /embed/**}): as {@link #forOtherResponses()}, and framed also by the listed
     * sites. Origins that are not plain {@code scheme://host[:port]} are left out.
     */
    public String forEmbedding(List<String> listedSites) {
        List<String> ancestors = new ArrayList<>(frameAncestors);
        for (String site : listedSites) {
            String origin = origin(site);
            if (origin != null && origin.matches("https?://[a-z0-9.-]+(:[0-9]{1,5})?") && !ancestors.contains(origin)) {
                ancestors.add(origin);
            }
        }
        return policy("'self'", ancestors);
    }

    private String policy(String scripts) {
        return policy(scripts, frameAncestors);
    }

    private String policy(String scripts, List<String> ancestors) {
        List<String> directives = new ArrayList<>();
        directives.add("default-src 'self'");
        directives.add("script-src " + scripts);
        // Lumo and the web components set styles inline
        directives.add("style-src 'self' 'unsafe-inline'");
        directives.add("img-src 'self' data: blob:");
        directives.add("font-src 'self' data:");
        directives.add("connect-src 'self'" + join(connectSources));
        // calls: the camera and microphone streams, and the ringtone
        directives.add("media-src 'self' blob: mediastream:");
        directives.add("worker-src 'self' blob:");
        directives.add("frame-src 'self'");
        directives.add("object-src 'none'");
        directives.add("base-uri 'self'");
        directives.add("form-action 'self'");
        directives.add("frame-ancestors 'self'" + join(ancestors));
        return String.join("; ", directives);
    }

    private static String join(List<String> sources) {
        return sources.isEmpty() ? "" : " " + String.join(" ", sources);
    }

    /** An https:// source also as wss:// (OpenVidu's signalling), an http:// one as ws://. */
    private static List<String> withWebSockets(List<String> sources) {
        Set<String> all = new LinkedHashSet<>();
        for (String source : sources) {
            String origin = origin(source);
            if (origin == null) {
                continue;
            }
            all.add(origin);
            if (origin.startsWith("https://")) {
                all.add("wss://" + origin.substring("https://".length()));
            } else if (origin.startsWith("http://")) {
                all.add("ws://" + origin.substring("http://".length()));
            }
        }
        return List.copyOf(all);
    }

    private static @Nullable String origin(String source) {
        String trimmed = source == null ? "" : source.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
