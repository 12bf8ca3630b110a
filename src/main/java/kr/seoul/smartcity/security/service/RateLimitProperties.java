package kr.seoul.smartcity.security.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;

/**
 * Rate limits, each as {@code requests/period} ({@code 120/1m}): what one client address may do in that period, in
 * bursts up to the full number; signed-in staff, counted by account, may do {@code staffFactor} times as much. A
 * citizen browsing never meets them; a script does.
 *
 * @param enabled          whether requests are limited at all
 * @param publicApi        requests to the open data API ({@code /api/public/**}) other than archive searches
 * @param search           searches: the archive's, on screen and through the API
 * @param summary          summaries asked for
 * @param proposalSubmit   citizen proposals submitted
 * @param proposalSupport  supports given to citizen proposals
 * @param dataIssueReport  reports of a problem with a figure
 * @param displayPairing   attempts to pair a phone with a wall screen
 * @param staffFactor      how many times as much a signed-in member of staff may do
 */
@ConfigurationProperties("city.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("240/1m") String publicApi,
        @DefaultValue("120/1m") String search,
        @DefaultValue("10/10m") String summary,
        @DefaultValue("10/1h") String proposalSubmit,
        @DefaultValue("60/1h") String proposalSupport,
        @DefaultValue("10/1h") String dataIssueReport,
        @DefaultValue("10/10m") String displayPairing,
        @DefaultValue("5") int staffFactor) {

    /** A number of requests per period. */
    public record Rate(int requests, Duration period) {

        static Rate parse(String text) {
            String[] parts = text.strip().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("A rate limit is written requests/period, such as 120/1m: " + text);
            }
            int requests = Integer.parseInt(parts[0].strip());
            Duration period = DurationStyle.detectAndParse(parts[1].strip());
            if (requests < 1 || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException(
                        "A rate limit needs at least one request per positive period: " + text);
            }
            return new Rate(requests, period);
        }
    }

    public RateLimitProperties {
        for (String rate : new String[] {
            publicApi, search, summary, proposalSubmit, proposalSupport, dataIssueReport, displayPairing
        }) {
            Rate.parse(rate);
        }
    }

    Rate rate(RateLimit limit) {
        return Rate.parse(
                switch (limit) {
                    case PUBLIC_API -> publicApi;
                    case SEARCH -> search;
                    case SUMMARY -> summary;
                    case PROPOSAL_SUBMIT -> proposalSubmit;
                    case PROPOSAL_SUPPORT -> proposalSupport;
                    case DATA_ISSUE_REPORT -> dataIssueReport;
                    case DISPLAY_PAIRING -> displayPairing;
                });
    }
}
