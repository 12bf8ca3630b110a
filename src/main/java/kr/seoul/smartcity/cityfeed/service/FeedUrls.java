package kr.seoul.smartcity.cityfeed.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Building feed addresses: place names such as {@code 광화문·덕수궁} go into paths and queries percent-encoded. */
final class FeedUrls {

    private FeedUrls() {}

    /** One path segment or query value, percent-encoded (a space is {@code %20}, never {@code +}). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The base address without a trailing slash. */
    static String base(String baseUrl) {
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }
}
