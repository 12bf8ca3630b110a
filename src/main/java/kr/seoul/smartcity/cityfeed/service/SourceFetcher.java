package kr.seoul.smartcity.cityfeed.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.SourceRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fetches a declared source once, whatever its kind, and hands back its rows as objects of fields. The Seoul Open
 * Data protocol is {@link SeoulOpenApiClient}'s; JSON and CSV over HTTP go through {@link FeedHttp} with its
 * time-outs and retries; a department database is read in a read-only transaction; files come from the drop folder
 * only.
 * <p>
 * Parameters, query values and URLs may hold {@code {today}}, {@code {yesterday}} and {@code {today-N}}, N days
 * before ({@code yyyyMMdd}),
 * {@code {month}} ({@code yyyyMM}), {@code {key}}, the credential, and {@code {base:NAME}}, the base address set in
 * {@code city.sources.NAME.base-url} (so that a declaration names the national data portal, not its address, and
 * tests and staging point it elsewhere).
 */
@Component
public class SourceFetcher {

    /** The most rows one fetch of a database or file takes. */
    static final int MAX_ROWS = 200_000;

    private static final Pattern BASE = Pattern.compile("\\{base:([a-z0-9-]+)}");
    private static final Pattern DAYS_BACK = Pattern.compile("\\{today-(\\d{1,3})}");
    private static final Pattern SELECT = Pattern.compile("(?is)^\\s*(select|with)\\b[^;]*;?\\s*$");

    private final SeoulOpenApiClient seoul;
    private final FeedHttp http;
    private final SourceCredentials credentials;
    private final CityFeedProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    SourceFetcher(
            SeoulOpenApiClient seoul,
            FeedHttp http,
            SourceCredentials credentials,
            CityFeedProperties properties,
            Clock clock) {
        this.seoul = seoul;
        this.http = http;
        this.credentials = credentials;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @throws FeedException if the source could not be read, with the reason
     */
    public Fetched fetch(DataSource source) {
        String key = credentials.find(source.credential()).orElse("");
        if (!credentials.available(source.credential())) {
            throw new FeedException(source.name(), "not configured: set " + source.credential());
        }
        SourceRequest request = source.request();
        return switch (source.kind()) {
            case SEOUL_OPEN_DATA -> {
                if (blank(request.service())) {
                    throw new FeedException(source.name(), "no service name");
                }
                SeoulOpenApiClient.Answer answer = seoul.read(
                        request.service().strip(),
                        key,
                        request.rows(),
                        request.params().stream().map(param -> fill(param, key)).toList());
                yield new Fetched(answer.rows(), answer.raw());
            }
            case HTTP_JSON -> {
                String[] raw = new String[1];
                List<JsonNode> rows = http.get(source.name(), uri(source, key), key, headers(request, key), body -> {
                    raw[0] = body;
                    return jsonRows(source.name(), request.rows(), body);
                });
                yield new Fetched(rows, FeedHttp.mask(raw[0], key));
            }
            case HTTP_CSV -> {
                String[] raw = new String[1];
                List<JsonNode> rows = http.get(
                        source.name(),
                        uri(source, key),
                        key,
                        headers(request, key),
                        blank(request.charset()) ? null : charset(source.name(), request),
                        body -> {
                            raw[0] = body;
                            return csvRows(source.name(), new StringReader(body), request);
                        });
                yield new Fetched(rows, FeedHttp.mask(raw[0], key));
            }
            case JDBC -> database(source, key);
            case FILE -> file(source);
            case DIRECT_ENTRY ->
                throw new FeedException(
                        source.name(), "values are entered on the manage site; " + "there is nothing to fetch");
        };
    }

    /** The rows of an uploaded CSV file, read as the source declares (delimiter, character set). */
    public Fetched upload(DataSource source, byte[] content) {
        String text = new String(content, charset(source.name(), source.request()));
        return new Fetched(csvRows(source.name(), new StringReader(text), source.request()), text);
    }

    private URI uri(DataSource source, String key) {
        SourceRequest request = source.request();
        if (blank(request.url())) {
            throw new FeedException(source.name(), "no URL");
        }
        StringBuilder url = new StringBuilder(fill(request.url().strip(), key));
        char separator = url.indexOf("?") < 0 ? '?' : '&';
        for (Map.Entry<String, String> parameter : new java.util.TreeMap<>(request.query()).entrySet()) {
            url.append(separator)
                    .append(FeedUrls.segment(parameter.getKey()))
                    .append('=')
                    .append(FeedUrls.segment(fill(parameter.getValue(), key)));
            separator = '&';
        }
        try {
            URI uri = URI.create(url.toString());
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new FeedException(source.name(), "only http and https addresses are read");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FeedException(source.name(), "not a valid address: " + FeedHttp.mask(e.getMessage(), key));
        }
    }

    private static Map<String, String> headers(SourceRequest request, String key) {
        return blank(request.keyHeader())
                ? Map.of()
                : Map.of(request.keyHeader().strip(), key);
    }

    private List<JsonNode> jsonRows(String name, String pointer, String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body.strip());
        } catch (JacksonException e) {
            throw new FeedException(name, "unreadable answer, not JSON: " + FeedHttp.excerpt(body));
        }
        if (root == null) {
            throw new FeedException(name, "empty answer");
        }
        JsonNode found = blank(pointer) ? root : root.at(pointer.strip());
        if (found.isMissingNode()) {
            // an answer without its list is "no data" when what holds the list is there (APIs leave an empty list
            // out); when that is missing too, the answer has another shape
            String parent = pointer.strip().substring(0, pointer.strip().lastIndexOf('/'));
            if (parent.isEmpty() || !root.at(parent).isMissingNode()) {
                return List.of();
            }
            throw new FeedException(name, "nothing at " + pointer + " in the answer: " + FeedHttp.excerpt(body));
        }
        List<JsonNode> rows = new ArrayList<>();
        if (found.isArray()) {
            found.forEach(rows::add);
        } else if (found.isObject()) {
            rows.add(found);
        } else if (!found.isNull()) {
            throw new FeedException(name, pointer + " is neither a list nor an object");
        }
        return rows;
    }

    private List<JsonNode> csvRows(String name, Reader reader, SourceRequest request) {
        String delimiter = blank(request.delimiter()) ? "," : request.delimiter();
        if (delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab")) {
            delimiter = "\t";
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .get();
        List<JsonNode> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", ""))
                    .toList();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new FeedException(name, "more than " + MAX_ROWS + " lines");
                }
                ObjectNode row = json.createObjectNode();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(row);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new FeedException(name, "not readable as CSV: " + e.getMessage());
        }
        return rows;
    }

    private Fetched database(DataSource source, String password) {
        SourceRequest request = source.request();
        if (blank(request.url()) || blank(request.sql())) {
            throw new FeedException(source.name(), "a database source needs a JDBC URL and a query");
        }
        String url = request.url().strip();
        if (properties.jdbcAllowed().stream().noneMatch(url::startsWith)) {
            throw new FeedException(
                    source.name(),
                    "this database is not allowed: list its URL in "
                            + "city.sources.jdbc-allowed (allowed now: "
                            + (properties.jdbcAllowed().isEmpty()
                                    ? "none"
                                    : String.join(", ", properties.jdbcAllowed()))
                            + ")");
        }
        if (!SELECT.matcher(request.sql()).matches()) {
            throw new FeedException(source.name(), "only one SELECT query is run");
        }
        Properties login = new Properties();
        if (!blank(request.user())) {
            login.setProperty("user", request.user().strip());
        }
        if (!password.isEmpty()) {
            login.setProperty("password", password);
        }
        int seconds = (int) Math.max(1, properties.http().timeout().toSeconds());
        DriverManager.setLoginTimeout(seconds);
        try (Connection connection = DriverManager.getConnection(url, login)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(seconds * 3);
                statement.setMaxRows(MAX_ROWS);
                List<JsonNode> rows = new ArrayList<>();
                try (ResultSet result =
                        statement.executeQuery(request.sql().strip().replaceAll(";\\s*$", ""))) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        ObjectNode row = json.createObjectNode();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            Object value = result.getObject(i);
                            String column = columns.getColumnLabel(i);
                            if (value == null) {
                                row.putNull(column);
                            } else if (value instanceof Number number) {
                                row.put(column, number.doubleValue());
                            } else if (value instanceof java.sql.Timestamp timestamp) {
                                row.put(column, timestamp.toLocalDateTime().toString());
                            } else if (value instanceof java.time.OffsetDateTime time) {
                                row.put(column, time.toString());
                            } else {
                                row.put(column, value.toString());
                            }
                        }
                        rows.add(row);
                    }
                } finally {
                    connection.rollback();
                }
                return new Fetched(
                        rows,
                        rows.stream()
                                .limit(20)
                                .map(JsonNode::toString)
                                .reduce((a, b) -> a + "\n" + b)
                                .orElse("(no rows)"));
            }
        } catch (SQLException e) {
            throw new FeedException(
                    source.name(),
                    e.getSQLState(),
                    "database: " + FeedHttp.mask(String.valueOf(e.getMessage()), password),
                    isTransient(e),
                    null);
        }
    }

    private static boolean isTransient(SQLException e) {
        return e.getSQLState() != null
                && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57"));
    }

    private Fetched file(DataSource source) {
        SourceRequest request = source.request();
        Path folder = Path.of(properties.fileDrop()).toAbsolutePath().normalize();
        Path named = folder.resolve(blank(request.url()) ? "" : request.url().strip())
                .normalize();
        if (!named.startsWith(folder)) {
            throw new FeedException(source.name(), "files are read from the drop folder " + folder + " only");
        }
        try {
            Path path = named;
            if (Files.isDirectory(named)) {
                try (Stream<Path> files = Files.list(named)) {
                    path = files.filter(f -> f.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(".csv"))
                            .max(Comparator.comparing(f -> f.toFile().lastModified()))
                            .orElseThrow(() ->
                                    new FeedException(source.name(), "no CSV file in " + folder.relativize(named)));
                }
            }
            if (!Files.isRegularFile(path)) {
                throw new FeedException(source.name(), "no file " + folder.relativize(path) + " in the drop folder");
            }
            String text = Files.readString(path, charset(source.name(), request));
            return new Fetched(csvRows(source.name(), new StringReader(text), request), text);
        } catch (IOException e) {
            throw new FeedException(source.name(), "file not readable: " + e.getMessage());
        }
    }

    private static Charset charset(String name, SourceRequest request) {
        try {
            return blank(request.charset())
                    ? StandardCharsets.UTF_8
                    : Charset.forName(request.charset().strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FeedException(name, "unknown character set " + request.charset());
        }
    }

    /** The text with its placeholders filled in. */
    String fill(String text, String key) {
        LocalDate today = LocalDate.now(clock.withZone(Seoul.ZONE));
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        String filled = text;
        java.util.regex.Matcher base = BASE.matcher(filled);
        while (base.find()) {
            filled = filled.replace(base.group(), baseUrl(base.group(1)));
            base = BASE.matcher(filled);
        }
        java.util.regex.Matcher back = DAYS_BACK.matcher(filled);
        StringBuilder dated = new StringBuilder();
        while (back.find()) {
            back.appendReplacement(
                    dated, today.minusDays(Integer.parseInt(back.group(1))).format(day));
        }
        back.appendTail(dated);
        return dated.toString()
                .replace("{today}", today.format(day))
                .replace("{yesterday}", today.minusDays(1).format(day))
                .replace("{month}", today.format(DateTimeFormatter.ofPattern("yyyyMM")))
                .replace("{key}", key);
    }

    private String baseUrl(String name) {
        String url = switch (name) {
            case "seoul" -> properties.seoul().baseUrl();
            case "subway" -> properties.subway().baseUrl();
            case "safety" -> properties.safety().baseUrl();
            default ->
                credentials
                        .setting("city.sources." + name + ".base-url")
                        .orElseThrow(() ->
                                new FeedException(name, "no base address: set city.sources." + name + ".base-url"));
        };
        return FeedUrls.base(url);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
