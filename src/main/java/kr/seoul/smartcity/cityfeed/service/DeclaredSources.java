package kr.seoul.smartcity.cityfeed.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.DataSourceStore;
import kr.seoul.smartcity.cityfeed.domain.SourceKind;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceRequest;
import kr.seoul.smartcity.cityfeed.domain.SourceRun;
import kr.seoul.smartcity.cityfeed.domain.SourceStatus;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.citystatus.service.SourceHealth;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/**
 * The declared sources: data stewards (administrators) manage all of them, a department's officials those of their
 * department feeding their department's indicators. Every saved change is a new version. The mayor and citizens
 * manage none.
 */
@Service
public class DeclaredSources {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final int MAX_EVERY_MINUTES = 7 * 24 * 60;

    private final DataSourceStore store;
    private final IndicatorCatalog catalog;
    private final SourceStatusService statuses;
    private final SourceCredentials credentials;
    private final LiveEventBus events;
    private final Clock clock;
    private final DeclaredSourceRunner runner;
    private final SourceHealth health;

    DeclaredSources(
            DataSourceStore store,
            IndicatorCatalog catalog,
            SourceStatusService statuses,
            SourceCredentials credentials,
            LiveEventBus events,
            Clock clock,
            DeclaredSourceRunner runner,
            SourceHealth health) {
        this.runner = runner;
        this.health = health;
        this.store = store;
        this.catalog = catalog;
        this.statuses = statuses;
        this.credentials = credentials;
        this.events = events;
        this.clock = clock;
    }

    public List<DataSource> all() {
        return store.all();
    }

    public Optional<DataSource> find(String name) {
        return store.find(name);
    }

    /** The sources this person may change. */
    public List<DataSource> editableBy(Viewer viewer) {
        return all().stream()
                .filter(source -> mayEdit(viewer, source.owningDepartment()))
                .toList();
    }

    public boolean mayEdit(Viewer viewer, String department) {
        return viewer.role() == Role.ADMIN
                || (viewer.role() == Role.OFFICIAL && department != null && department.equals(viewer.departmentCode()));
    }

    /** Whether the source is fetched on this instance: enabled, fetched by the platform, and its credential set. */
    public boolean ready(DataSource source) {
        return source.enabled() && source.kind().fetched() && credentials.available(source.credential());
    }

    /**
     * Saves a new declaration ({@code version} 0) or a change to the version the person read.
     *
     * @throws InvalidSourceException listing what is wrong, or that the person may not do it, or that someone
     *                                else changed it meanwhile
     */
    public DataSource save(Viewer viewer, String who, DataSource source) {
        if (!mayEdit(viewer, source.owningDepartment())) {
            throw InvalidSourceException.of(
                    "actor",
                    "Only administrators and officials of " + source.owningDepartment() + " may manage this source");
        }
        if (source.version() > 0) {
            DataSource stored = store.find(source.name())
                    .orElseThrow(() -> InvalidSourceException.of("name", "There is no source named " + source.name()));
            if (!mayEdit(viewer, stored.owningDepartment())) {
                throw InvalidSourceException.of(
                        "actor",
                        "Only administrators and officials of " + stored.owningDepartment()
                                + " may manage this source");
            }
        }
        List<InvalidSourceException.Problem> problems = check(viewer, source);
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        DataSource saved = store.save(source, who, clock.instant())
                .orElseThrow(() -> source.version() == 0
                        ? InvalidSourceException.of("name", "A source named " + source.name() + " exists already")
                        : InvalidSourceException.of(
                                "version",
                                "Someone else changed " + source.name() + " meanwhile; reload it to see their change"));
        statuses.register(saved.name(), ready(saved));
        if (!ready(saved)) {
            // not fetched any more: its tiles stop saying it fails
            health.recovered(saved.name());
        }
        events.publish(SourceStatusChanged.TOPIC, new SourceStatusChanged(saved.name()));
        return saved;
    }

    /** The largest CSV file a person uploads for a source. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    /**
     * Records the values of a CSV file a person uploads for a file source, read as the source declares, all or
     * nothing; the run is logged like a fetched one.
     *
     * @throws InvalidSourceException if there is no such file source or the person may not feed it
     */
    public SourceRun upload(Viewer viewer, String who, String name, byte[] content, String instance) {
        DataSource source = store.find(name)
                .filter(found -> found.kind() == SourceKind.FILE)
                .orElseThrow(() -> InvalidSourceException.of("name", "There is no file source named " + name));
        if (!mayEdit(viewer, source.owningDepartment())) {
            throw InvalidSourceException.of(
                    "actor",
                    "Only administrators and officials of " + source.owningDepartment()
                            + " may upload files for this source");
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            throw InvalidSourceException.of("file", "A file of at most " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB");
        }
        return runner.upload(source, content, instance + " (" + who + ")");
    }

    /** Removes a declaration; its versions, runs and the values it brought stay. */
    public void delete(Viewer viewer, String who, String name) {
        DataSource stored = store.find(name)
                .orElseThrow(() -> InvalidSourceException.of("name", "There is no source named " + name));
        if (!mayEdit(viewer, stored.owningDepartment())) {
            throw InvalidSourceException.of(
                    "actor",
                    "Only administrators and officials of " + stored.owningDepartment() + " may manage this source");
        }
        store.delete(stored, who, clock.instant());
        statuses.register(name, false);
        health.recovered(name);
        events.publish(SourceStatusChanged.TOPIC, new SourceStatusChanged(name));
    }

    /** Every declared source with how it is doing, by name. */
    public List<DeclaredSourceHealth> health() {
        Map<String, SourceStatus> recorded = new HashMap<>();
        statuses.all().forEach(status -> recorded.put(status.source(), status));
        Instant now = clock.instant();
        return all().stream()
                .map(source -> DeclaredSourceHealth.of(
                        source,
                        recorded.getOrDefault(source.name(), SourceStatus.never(source.name(), ready(source))),
                        credentials.available(source.credential()),
                        now))
                .toList();
    }

    public Optional<DeclaredSourceHealth> health(String name) {
        return find(name)
                .map(source -> DeclaredSourceHealth.of(
                        source,
                        statuses.find(name).orElse(SourceStatus.never(name, ready(source))),
                        credentials.available(source.credential()),
                        clock.instant()));
    }

    public List<DataSourceStore.SourceVersion> versions(String name) {
        return store.versions(name);
    }

    public List<SourceRun> runs(String name, int limit) {
        return store.runs(name, limit);
    }

    /** What is wrong with a declaration, field by field; empty when it can be saved. */
    public List<InvalidSourceException.Problem> check(Viewer viewer, DataSource source) {
        List<InvalidSourceException.Problem> problems = new ArrayList<>();
        if (source.name() == null || !NAME.matcher(source.name()).matches()) {
            problems.add(new InvalidSourceException.Problem(
                    "name", "A name of letters, digits, '.', '-' or '_', at most 64, starting with a letter or digit"));
        }
        if (source.kind() == null) {
            problems.add(new InvalidSourceException.Problem("kind", "Choose how the data is read"));
            return problems;
        }
        if (source.everyMinutes() < 1 || source.everyMinutes() > MAX_EVERY_MINUTES) {
            problems.add(new InvalidSourceException.Problem(
                    "everyMinutes", "Fetched every 1 to " + MAX_EVERY_MINUTES + " minutes"));
        }
        if (source.owningDepartment() == null || source.owningDepartment().isBlank()) {
            problems.add(
                    new InvalidSourceException.Problem("owningDepartment", "Name the department that answers for it"));
        }
        checkRequest(source.kind(), source.request(), problems);
        checkMapping(viewer, source, problems);
        return problems;
    }

    private static void checkRequest(
            SourceKind kind, SourceRequest request, List<InvalidSourceException.Problem> problems) {
        switch (kind) {
            case SEOUL_OPEN_DATA -> {
                if (blank(request.service())) {
                    problems.add(new InvalidSourceException.Problem("service", "Name the Seoul Open Data service"));
                } else if (!request.service().strip().matches("[A-Za-z0-9_.-]+")) {
                    problems.add(new InvalidSourceException.Problem(
                            "service", "A service name is letters, digits and _ (for example RealtimeCityAir)"));
                }
            }
            case HTTP_JSON, HTTP_CSV -> {
                if (blank(request.url()) || !request.url().strip().matches("(?i)https?://\\S+")) {
                    problems.add(new InvalidSourceException.Problem("url", "An http:// or https:// address"));
                }
            }
            case JDBC -> {
                if (blank(request.url()) || !request.url().strip().startsWith("jdbc:")) {
                    problems.add(new InvalidSourceException.Problem("url", "A JDBC URL (jdbc:postgresql://host/db)"));
                }
                if (blank(request.sql()) || !request.sql().strip().matches("(?is)(select|with)\\b[^;]*;?")) {
                    problems.add(new InvalidSourceException.Problem("sql", "One SELECT query"));
                }
            }
            case FILE, DIRECT_ENTRY -> {}
        }
        if (request.rows() != null
                && !request.rows().isBlank()
                && !request.rows().strip().startsWith("/")) {
            problems.add(new InvalidSourceException.Problem(
                    "rows", "A JSON Pointer starts with / (for example /response/body/items)"));
        }
    }

    private void checkMapping(Viewer viewer, DataSource source, List<InvalidSourceException.Problem> problems) {
        SourceMapping mapping = source.mapping();
        if (mapping == null || mapping.time() == null) {
            problems.add(new InvalidSourceException.Problem("time", "Say where each row's time is"));
            return;
        }
        String format = mapping.time().format() == null
                ? "ISO"
                : mapping.time().format().strip();
        if (!format.equalsIgnoreCase("NOW") && mapping.time().names().stream().allMatch(String::isBlank)) {
            problems.add(new InvalidSourceException.Problem(
                    "time", "Name the time field, or read the time of the fetch (NOW)"));
        }
        if (!List.of("NOW", "ISO", "EPOCH_MILLIS").contains(format.toUpperCase(java.util.Locale.ROOT))) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(format);
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidSourceException.Problem("timeFormat", "Not a time pattern: " + format));
            }
        }
        if (mapping.values().isEmpty()) {
            problems.add(new InvalidSourceException.Problem("values", "Map at least one value to an indicator"));
        }
        for (SourceMapping.Value value : mapping.values()) {
            Optional<Indicator> indicator = catalog.find(value.indicator() == null ? "" : value.indicator());
            if (indicator.isEmpty()) {
                problems.add(new InvalidSourceException.Problem("values", "No indicator " + value.indicator()));
                continue;
            }
            if (viewer.role() != Role.ADMIN
                    && !indicator.get().owningDepartment().equals(viewer.departmentCode())) {
                problems.add(new InvalidSourceException.Problem(
                        "values",
                        indicator.get().code() + " belongs to "
                                + indicator.get().owningDepartment() + "; its officials or an administrator map it"));
            }
            if (value.combine() != SourceMapping.Combine.COUNT
                    && value.names().stream().allMatch(String::isBlank)) {
                problems.add(new InvalidSourceException.Problem(
                        "values", "Name the field " + value.indicator() + " is read from"));
            }
            if (!indicator.get().perDistrict()
                    && mapping.district() != null
                    && value.city() == SourceMapping.Combine.NONE) {
                problems.add(new InvalidSourceException.Problem(
                        "values",
                        indicator.get().code()
                                + " is citywide: say how the districts' values make the city's (sum, average, …)"));
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
