package kr.seoul.smartcity.cityfeed.service;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Seoul Open Data Plaza protocol: {@code {base}/{KEY}/json/{SERVICE}/{START}/{END}/[params…]}, at most 1,000
 * rows a call, paged with {@code list_total_count}.
 * <p>
 * Answers: {@code {"SERVICE":{"list_total_count":N,"RESULT":{"CODE":"INFO-000",…},"row":[…]}}} is data; a top-level
 * {@code {"RESULT":{"CODE":"INFO-200"}}} means no data (an empty result, not a failure); any other code (INFO-100 bad
 * key, ERROR-3xx request errors, ERROR-5xx/6xx server errors) is a {@link FeedException} with the code and message.
 * ERROR-500 and ERROR-600 are tried again, like I/O errors and HTTP 5xx; the others are not. XML (some deployments
 * answer a bad key in XML whatever was asked) and unknown shapes fail with a message naming the service.
 */
@Component
public class SeoulOpenApiClient {

    /** The property holding the one key every Seoul Open Data feed is read with. */
    static final String KEY_PROPERTY = "city.sources.seoul.key";
    /** The most rows the service hands out in one call. */
    public static final int PAGE_SIZE = 1000;
    /** A guard against a feed that keeps claiming more rows: 100 pages. */
    private static final int MAX_PAGES = 100;

    static final String OK = "INFO-000";
    static final String NO_DATA = "INFO-200";
    private static final Set<String> TRANSIENT_CODES = Set.of("ERROR-500", "ERROR-600");
    private static final Pattern XML_CODE = Pattern.compile("<CODE>\\s*([^<]+?)\\s*</CODE>");
    private static final Pattern XML_MESSAGE = Pattern.compile("<MESSAGE>\\s*(?:<!\\[CDATA\\[)?([^<\\]]*)");

    private final CityFeedProperties.Seoul settings;
    private final FeedHttp http;
    private final JsonMapper json = JsonMapper.builder().build();

    SeoulOpenApiClient(CityFeedProperties properties, FeedHttp http) {
        this.settings = properties.seoul();
        this.http = http;
    }

    public boolean configured() {
        return settings.configured();
    }

    /** A feed read through this client: configured when the Seoul key is set. */
    FeedDescription describe(String service, Duration interval) {
        return new FeedDescription(service, KEY_PROPERTY, configured(), interval);
    }

    /**
     * Every row of a service, page by page; empty when the service has no data (INFO-200).
     *
     * @param wrapper the key the rows come under, usually the service name ({@code rentBikeStatus} for bikeList)
     */
    public List<JsonNode> rows(String service, String wrapper, String... params) {
        List<JsonNode> rows = new ArrayList<>();
        int start = 1;
        for (int page = 0; page < MAX_PAGES; page++) {
            Page fetched = page(service, wrapper, start, start + PAGE_SIZE - 1, params);
            rows.addAll(fetched.rows());
            long total = fetched.total() < 0 ? rows.size() : fetched.total();
            if (fetched.rows().isEmpty() || rows.size() >= total) {
                return rows;
            }
            start += PAGE_SIZE;
        }
        throw new FeedException(service, "more than " + MAX_PAGES * PAGE_SIZE + " rows; stopped paging");
    }

    /**
     * One page: rows {@code start} to {@code end}, 1-based and inclusive.
     *
     * @return the rows and {@code list_total_count} (-1 if the answer has none)
     */
    public Page page(String service, String wrapper, int start, int end, String... params) {
        return page(service, wrapper, key(), start, end, params);
    }

    /**
     * Every row of a service read with a key of the caller's, page by page, and the first page's answer as it came
     * (for a dry run); with {@code rowsPointer}, the rows are what that JSON Pointer finds in the answer (citydata's
     * {@code /CITYDATA/LIVE_PPLTN_STTS}), read in one call.
     */
    public Answer read(String service, String key, @Nullable String rowsPointer, List<String> params) {
        String[] segments = params.toArray(String[]::new);
        if (rowsPointer != null && !rowsPointer.isBlank()) {
            String[] first = new String[1];
            List<JsonNode> rows = http.get(service, uri(service, key, 1, 5, segments), key, body -> {
                first[0] = body;
                return pointed(service, rowsPointer.strip(), body);
            });
            return new Answer(rows, FeedHttp.mask(first[0], key));
        }
        List<JsonNode> rows = new ArrayList<>();
        String raw = null;
        int start = 1;
        for (int page = 0; page < MAX_PAGES; page++) {
            String[] body = new String[1];
            Page fetched = http.get(service, uri(service, key, start, start + PAGE_SIZE - 1, segments), key, answer -> {
                body[0] = answer;
                return parsePage(service, service, answer);
            });
            raw = raw == null ? FeedHttp.mask(body[0], key) : raw;
            rows.addAll(fetched.rows());
            // a page that is not full is the last, and a full one is followed by the next whatever the total says:
            // some services (bikeList) report the page size as their total
            if (fetched.rows().size() < PAGE_SIZE) {
                return new Answer(rows, raw);
            }
            start += PAGE_SIZE;
        }
        throw new FeedException(service, "more than " + MAX_PAGES * PAGE_SIZE + " rows; stopped paging");
    }

    private List<JsonNode> pointed(String service, String pointer, String body) {
        JsonNode root = parse(service, body);
        String wrapper = pointer.length() > 1 ? pointer.substring(1).split("/")[0] : service;
        Optional<JsonNode> content = content(service, wrapper, body);
        if (content.isEmpty()) {
            return List.of();
        }
        JsonNode found = root.at(pointer);
        if (found.isMissingNode() || found.isNull()) {
            throw new FeedException(
                    service,
                    "nothing at " + pointer + " in the answer (it has "
                            + content.get().propertyNames() + ")");
        }
        List<JsonNode> rows = new ArrayList<>();
        if (found.isArray()) {
            found.forEach(rows::add);
        } else {
            rows.add(found);
        }
        return rows;
    }

    private Page page(String service, String wrapper, String key, int start, int end, String... params) {
        return http.get(service, uri(service, key, start, end, params), key, body -> parsePage(service, wrapper, body));
    }

    private Page parsePage(String service, String wrapper, String body) {
        {
            Optional<JsonNode> content = content(service, wrapper, body);
            if (content.isEmpty()) {
                return new Page(List.of(), 0);
            }
            JsonNode node = content.get();
            JsonNode row = node.path("row");
            List<JsonNode> rows = new ArrayList<>();
            if (row.isArray()) {
                row.forEach(rows::add);
            } else if (row.isObject()) {
                rows.add(row);
            } else if (!row.isMissingNode() && !row.isNull()) {
                throw new FeedException(service, "unexpected answer: \"row\" is neither a list nor an object");
            }
            long total = node.path("list_total_count").isMissingNode()
                    ? -1
                    : FeedRows.number(node, "list_total_count").stream()
                            .mapToLong(v -> (long) v)
                            .findFirst()
                            .orElse(-1);
            return new Page(List.copyOf(rows), total);
        }
    }

    /**
     * A service that answers one object rather than rows (such as {@code citydata}, wrapped in {@code CITYDATA});
     * empty when the service has no data.
     */
    public Optional<JsonNode> object(String service, String wrapper, int start, int end, String... params) {
        return http.get(service, uri(service, start, end, params), key(), body -> content(service, wrapper, body));
    }

    URI uri(String service, int start, int end, String... params) {
        return uri(service, key(), start, end, params);
    }

    private URI uri(String service, String key, int start, int end, String... params) {
        StringBuilder url = new StringBuilder(FeedUrls.base(settings.baseUrl()))
                .append('/')
                .append(FeedUrls.segment(key))
                .append("/json/")
                .append(FeedUrls.segment(service))
                .append('/')
                .append(start)
                .append('/')
                .append(end)
                .append('/');
        for (int i = 0; i < params.length; i++) {
            url.append(FeedUrls.segment(params[i]));
            if (i < params.length - 1) {
                url.append('/');
            }
        }
        return URI.create(url.toString());
    }

    /** The wrapper's content after checking the result code; empty for "no data". */
    private Optional<JsonNode> content(String service, String wrapper, String body) {
        JsonNode root = parse(service, body);
        JsonNode content = root.path(wrapper);
        if (!content.isObject()) {
            content = singleWrapper(root);
        }
        if (content == null) {
            Result result = result(root.path("RESULT"));
            if (result == null) {
                throw new FeedException(
                        service,
                        "unexpected answer, neither \"" + wrapper + "\" nor RESULT in " + root.propertyNames());
            }
            if (result.code().equals(NO_DATA) || result.code().equals(OK)) {
                return Optional.empty();
            }
            throw failure(service, result);
        }
        Result result = result(content.path("RESULT"));
        if (result == null) {
            result = result(root.path("RESULT"));
        }
        if (result != null && result.code().equals(NO_DATA)) {
            return Optional.empty();
        }
        if (result != null && !result.code().equals(OK)) {
            throw failure(service, result);
        }
        return Optional.of(content);
    }

    private JsonNode parse(String service, String body) {
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.startsWith("<")) {
            Matcher code = XML_CODE.matcher(trimmed);
            if (code.find() && !code.group(1).equals(OK)) {
                Matcher message = XML_MESSAGE.matcher(trimmed);
                var root = json.createObjectNode();
                root.putObject("RESULT")
                        .put("CODE", code.group(1))
                        .put(
                                "MESSAGE",
                                (message.find() ? message.group(1).strip() + " " : "") + "(answered in XML, not JSON)");
                return root;
            }
            throw new FeedException(service, "answered XML, not JSON: " + FeedHttp.excerpt(trimmed));
        }
        try {
            JsonNode root = json.readTree(trimmed);
            if (root == null || !root.isObject()) {
                throw new FeedException(service, "unexpected answer, not a JSON object: " + FeedHttp.excerpt(trimmed));
            }
            return root;
        } catch (JacksonException notJson) {
            throw new FeedException(service, "unreadable answer, not JSON: " + FeedHttp.excerpt(trimmed));
        }
    }

    /** The one object at the top level besides RESULT that holds rows, when the wrapper has another name. */
    private static @Nullable JsonNode singleWrapper(JsonNode root) {
        List<JsonNode> candidates = root.properties().stream()
                .filter(entry -> !entry.getKey().equals("RESULT"))
                .map(java.util.Map.Entry::getValue)
                .filter(value -> value.isObject() && value.has("row"))
                .toList();
        return candidates.size() == 1 ? candidates.getFirst() : null;
    }

    /** RESULT with {@code CODE}/{@code MESSAGE}, or the dotted {@code RESULT.CODE}/{@code RESULT.MESSAGE} of citydata. */
    private static @Nullable Result result(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        Optional<String> code = FeedRows.text(node, "CODE", "RESULT.CODE");
        return code.map(c -> new Result(
                        c, FeedRows.text(node, "MESSAGE", "RESULT.MESSAGE").orElse("")))
                .orElse(null);
    }

    private static FeedException failure(String service, Result result) {
        return new FeedException(
                service,
                result.code(),
                result.message().isEmpty() ? "(no message)" : result.message(),
                isTransient(result.code()),
                null);
    }

    /** Whether a result code is a server-side failure worth trying again (ERROR-500, ERROR-600). */
    static boolean isTransient(String code) {
        return TRANSIENT_CODES.contains(code);
    }

    private String key() {
        if (!settings.configured()) {
            throw new FeedException("openapi.seoul.go.kr", "not configured: set " + KEY_PROPERTY);
        }
        return settings.key().strip();
    }

    /** Every row read, and the first answer as it came with the key hidden. */
    public record Answer(List<JsonNode> rows, String raw) {}

    /** One page of rows and the total the service reports (-1 if it reports none). */
    public record Page(List<JsonNode> rows, long total) {}

    private record Result(String code, String message) {}
}
