package kr.seoul.smartcity.cityfeed.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Blocking GETs to the feeds with time-outs and retries: I/O failures, HTTP 5xx and answers the parser marks as
 * transient are tried again (by default three tries, 200 ms apart and doubling); anything else fails at once.
 * Addresses carry keys, so they are never logged or put into messages as they are: {@link #mask} hides the key.
 */
@Component
class FeedHttp {

    private static final Logger log = LoggerFactory.getLogger(FeedHttp.class);

    private final HttpClient client;
    private final CityFeedProperties.Http settings;

    FeedHttp(CityFeedProperties properties) {
        this.settings = properties.http();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Fetches the address and parses the body, trying again while the failure is transient.
     *
     * @param source the feed's name, for messages
     * @param secret the key inside the address, hidden in every message
     */
    <T> T get(String source, URI uri, String secret, Function<String, T> parser) {
        return get(source, uri, secret, Map.of(), parser);
    }

    /** As {@link #get(String, URI, String, Function)}, with request headers (one may carry the key). */
    <T> T get(String source, URI uri, String secret, Map<String, String> headers, Function<String, T> parser) {
        return get(source, uri, secret, headers, null, parser);
    }

    /**
     * As {@link #get(String, URI, String, Map, Function)}, reading the answer in the given character set (a source
     * that says so, such as EUC-KR CSV files served as text/csv without a charset); null: the answer's own, or UTF-8.
     */
    <T> T get(
            String source,
            URI uri,
            String secret,
            Map<String, String> headers,
            java.nio.charset.@Nullable Charset charset,
            Function<String, T> parser) {
        int attempts = Math.max(1, settings.attempts());
        Duration wait = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return parser.apply(fetch(source, uri, secret, headers, charset));
            } catch (FeedException failure) {
                if (!failure.isTransient() || attempt >= attempts) {
                    throw failure;
                }
                log.info(
                        "{} failed (try {} of {}), trying again in {} ms: {}",
                        source,
                        attempt,
                        attempts,
                        wait.toMillis(),
                        failure.getMessage());
                sleep(source, wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private String fetch(
            String source,
            URI uri,
            String secret,
            Map<String, String> headers,
            java.nio.charset.@Nullable Charset charset) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Accept", "application/json, text/csv;q=0.9, */*;q=0.5")
                .GET();
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = client.send(
                    request,
                    charset == null
                            ? HttpResponse.BodyHandlers.ofString()
                            : HttpResponse.BodyHandlers.ofString(charset));
        } catch (IOException e) {
            throw new FeedException(
                    source,
                    null,
                    "no answer from " + mask(uri.toString(), secret) + ": "
                            + mask(String.valueOf(e.getMessage()), secret) + " ("
                            + e.getClass().getSimpleName() + ")",
                    true,
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException(source, null, "interrupted", false, e);
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new FeedException(
                    source, "HTTP " + status, "server error from " + mask(uri.toString(), secret), true, null);
        }
        if (status >= 300) {
            throw new FeedException(
                    source,
                    "HTTP " + status,
                    "refused by " + mask(uri.toString(), secret) + ": " + excerpt(mask(response.body(), secret)),
                    false,
                    null);
        }
        return response.body();
    }

    private static void sleep(String source, Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException(source, null, "interrupted while waiting to try again", false, e);
        }
    }

    /** The text with the key (also in its URL-encoded form) replaced by asterisks. */
    static String mask(String text, String secret) {
        if (text == null || secret == null || secret.isBlank()) {
            return text;
        }
        return text.replace(secret, "****").replace(FeedUrls.segment(secret), "****");
    }

    static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
