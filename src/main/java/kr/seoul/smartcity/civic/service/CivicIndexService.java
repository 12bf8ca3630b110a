package kr.seoul.smartcity.civic.service;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.civic.domain.CivicIndex;
import kr.seoul.smartcity.civic.domain.CivicIndexStore;
import kr.seoul.smartcity.civic.domain.CivicTheme;
import kr.seoul.smartcity.civic.domain.IndexValue;
import kr.seoul.smartcity.civic.domain.ValueState;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Civic-affairs indices (시정지표): the themes at a glance, one index's history against its targets, and the values
 * departments enter and the index owner confirms. Citizens see public indices and confirmed values only.
 * <p>
 * Officials of the department that owns an index (and administrators) enter its values; another member of that
 * department, not the one who entered it, confirms a value (four eyes). A CSV import with columns
 * {@code index,year,district,target,actual} takes every line or none.
 */
@Service
public class CivicIndexService {

    public static final long MAX_UPLOAD_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    /** An index far above its target does not hide others far below in a theme's mean. */
    private static final double MEAN_CAP = 150;

    private final CivicIndexStore store;
    private final DisclosurePolicy policy;
    private final Clock clock;

    CivicIndexService(CivicIndexStore store, DisclosurePolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /** The latest year with a value, or the current year when there are none yet. */
    public int latestYear() {
        return store.latestYear().orElse(clock.instant().atZone(Seoul.ZONE).getYear());
    }

    /** Every theme with the indices the viewer may see and their state in {@code year}. */
    public List<ThemeSummary> overview(Viewer viewer, int year) {
        Map<String, IndexValue> values = store.cityValues(year).stream()
                .map(value -> visible(viewer, value))
                .collect(Collectors.toMap(IndexValue::indexCode, Function.identity()));
        Map<CivicTheme, List<IndexStatus>> byTheme = new EnumMap<>(CivicTheme.class);
        for (CivicIndex index : store.all()) {
            if (!policy.canSee(viewer, index)) {
                continue;
            }
            IndexValue value = values.get(index.code());
            byTheme.computeIfAbsent(index.theme(), theme -> new ArrayList<>())
                    .add(new IndexStatus(index, value, achievement(index, value)));
        }
        return byTheme.entrySet().stream()
                .map(entry -> {
                    OptionalDouble mean = entry.getValue().stream()
                            .filter(status -> status.achievement() != null)
                            .mapToDouble(status -> Math.min(MEAN_CAP, status.achievement()))
                            .average();
                    return new ThemeSummary(
                            entry.getKey(), entry.getValue(), mean.isPresent() ? mean.getAsDouble() : null);
                })
                .toList();
    }

    /** One index with its history and district breakdown, if the viewer may see it. */
    public Optional<IndexDetail> detail(Viewer viewer, String code) {
        return store.find(code).filter(index -> policy.canSee(viewer, index)).map(index -> {
            List<IndexValue> all = store.values(code).stream()
                    .map(value -> visible(viewer, value))
                    .toList();
            List<IndexValue> years = all.stream().filter(IndexValue::cityWide).toList();
            int districtYear = all.stream()
                    .filter(value -> !value.cityWide() && value.actual() != null)
                    .mapToInt(IndexValue::year)
                    .max()
                    .orElse(0);
            List<IndexValue> districts = all.stream()
                    .filter(value -> !value.cityWide() && value.year() == districtYear)
                    .sorted(Comparator.comparing(IndexValue::districtCode))
                    .toList();
            return new IndexDetail(index, years, districtYear, districts, mayEdit(viewer, index));
        });
    }

    /** Adds or replaces an index's definition; {@code sample} marks it as part of a sample set. */
    public void define(CivicIndex index, boolean sample) {
        store.save(index, sample);
    }

    /** Writes values as they are, with their state (historical series taken over from another system, sample sets). */
    public void takeOver(List<IndexValue> values) {
        store.saveAll(values);
    }

    /** Whether the indices shown include sample data, so that screens say so. */
    public boolean showsSampleData() {
        return store.anySample();
    }

    /** How many indices are defined. */
    public long count() {
        return store.count();
    }

    /** The indices this member of staff may enter and confirm values of. */
    public List<CivicIndex> editableBy(Viewer viewer) {
        return store.all().stream().filter(index -> mayEdit(viewer, index)).toList();
    }

    /**
     * Enters a year's value (and optionally its target); it waits for confirmation.
     *
     * @throws InvalidIndexValueException if the index is unknown, not the viewer's to enter, or the year is odd
     */
    public void enter(
            Viewer viewer, String who, String code, int year, String districtCode, Double target, Double actual) {
        CivicIndex index = editable(viewer, code, 0);
        List<ValueProblem> problems = new ArrayList<>();
        IndexValue value = entered(index, year, districtCode, target, actual, who, 0, problems);
        if (!problems.isEmpty()) {
            throw new InvalidIndexValueException(problems);
        }
        store.saveAll(List.of(value));
    }

    /**
     * Confirms an entered value as the index owner.
     *
     * @throws InvalidIndexValueException if there is nothing to confirm, or the viewer entered it themselves
     */
    public void confirm(Viewer viewer, String who, String code, int year, String districtCode) {
        editable(viewer, code, 0);
        IndexValue value = store.value(code, year, districtCode)
                .filter(v -> v.state() == ValueState.ENTERED)
                .orElseThrow(() -> new InvalidIndexValueException(ValueProblem.of(
                        0,
                        "nothing-to-confirm",
                        "There is no entered value of " + code + " for " + year + " to confirm",
                        code,
                        year)));
        if (who.equals(value.enteredBy())) {
            throw new InvalidIndexValueException(ValueProblem.of(
                    0,
                    "four-eyes",
                    "The value was entered by " + who + "; another member of the department confirms it"));
        }
        store.confirm(code, year, districtCode, who, clock.instant());
    }

    /**
     * Imports a CSV file of values (they wait for confirmation): every line or none.
     *
     * @return the number of values imported
     * @throws InvalidIndexValueException listing every bad line
     */
    public int importCsv(Reader csv, Viewer viewer, String who) {
        List<IndexValue> values = new ArrayList<>();
        List<ValueProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<String> missing = List.of("index", "year", "district", "target", "actual").stream()
                    .filter(column -> !parser.getHeaderMap().containsKey(column))
                    .toList();
            if (!missing.isEmpty()) {
                throw new InvalidIndexValueException(ValueProblem.of(
                        1, "columns", "Missing column(s): " + String.join(", ", missing), String.join(", ", missing)));
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (values.size() + problems.size() >= MAX_ROWS) {
                    problems.add(ValueProblem.of(line, "too-many", "At most " + MAX_ROWS + " lines", MAX_ROWS));
                    break;
                }
                parse(row, line, viewer, who, problems).ifPresent(values::add);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidIndexValueException(ValueProblem.of(
                    0,
                    "unreadable",
                    "The file cannot be read as CSV: " + e.getMessage(),
                    String.valueOf(e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidIndexValueException(problems);
        }
        if (values.isEmpty()) {
            throw new InvalidIndexValueException(ValueProblem.of(0, "empty", "The file has no values"));
        }
        store.saveAll(values);
        return values.size();
    }

    private Optional<IndexValue> parse(
            CSVRecord row, long line, Viewer viewer, String who, List<ValueProblem> problems) {
        int before = problems.size();
        String code = row.get("index");
        CivicIndex index = store.find(code).orElse(null);
        if (index == null) {
            problems.add(ValueProblem.of(line, "unknown-index", "Unknown index " + code, code));
        } else if (!mayEdit(viewer, index)) {
            problems.add(ValueProblem.of(
                    line, "not-yours", index.departmentCode() + " enters " + code, code, index.departmentCode()));
        }
        Integer year = integer(row.get("year"));
        if (year == null) {
            problems.add(
                    ValueProblem.of(line, "year", "The year '" + row.get("year") + "' is not a year", row.get("year")));
        }
        String district = row.get("district");
        String districtCode = district.isEmpty()
                ? IndexValue.CITY
                : SeoulDistrict.byCode(district)
                        .or(() -> SeoulDistrict.byName(district))
                        .map(SeoulDistrict::code)
                        .orElse(null);
        if (districtCode == null) {
            problems.add(ValueProblem.of(line, "district", "Unknown district " + district, district));
        }
        Double target = number(row.get("target"), line, "target", problems);
        Double actual = number(row.get("actual"), line, "actual", problems);
        if (problems.size() > before || index == null) {
            return Optional.empty();
        }
        IndexValue value = entered(index, year, districtCode, target, actual, who, line, problems);
        return problems.size() > before ? Optional.empty() : Optional.of(value);
    }

    private IndexValue entered(
            CivicIndex index,
            int year,
            String districtCode,
            Double target,
            Double actual,
            String who,
            long line,
            List<ValueProblem> problems) {
        int thisYear = clock.instant().atZone(Seoul.ZONE).getYear();
        if (year < 1990 || year > thisYear + 10) {
            problems.add(ValueProblem.of(
                    line,
                    "year-range",
                    "The year " + year + " is outside 1990–" + (thisYear + 10),
                    year,
                    thisYear + 10));
        }
        if (!districtCode.isEmpty() && !index.perDistrict()) {
            problems.add(ValueProblem.of(line, "no-districts", index.code() + " has no district values", index.code()));
        }
        if (actual == null && target == null) {
            problems.add(ValueProblem.of(line, "no-value", "Give a value, a target or both"));
        }
        Optional<IndexValue> existing = store.value(index.code(), year, districtCode);
        Double keptTarget =
                target != null ? target : existing.map(IndexValue::target).orElse(null);
        Instant now = clock.instant();
        return actual == null
                ? new IndexValue(
                        index.code(),
                        year,
                        districtCode,
                        keptTarget,
                        existing.map(IndexValue::actual).orElse(null),
                        existing.map(IndexValue::state).orElse(ValueState.PLANNED),
                        existing.map(IndexValue::enteredBy).orElse(null),
                        existing.map(IndexValue::enteredAt).orElse(null),
                        existing.map(IndexValue::confirmedBy).orElse(null),
                        existing.map(IndexValue::confirmedAt).orElse(null))
                : new IndexValue(
                        index.code(), year, districtCode, keptTarget, actual, ValueState.ENTERED, who, now, null, null);
    }

    private CivicIndex editable(Viewer viewer, String code, long line) {
        CivicIndex index = store.find(code)
                .orElseThrow(() -> new InvalidIndexValueException(
                        ValueProblem.of(line, "unknown-index", "Unknown index " + code, code)));
        if (!mayEdit(viewer, index)) {
            throw new InvalidIndexValueException(ValueProblem.of(
                    line, "not-yours", index.departmentCode() + " enters " + code, code, index.departmentCode()));
        }
        return index;
    }

    private static boolean mayEdit(Viewer viewer, CivicIndex index) {
        return viewer.role() == Role.ADMIN
                || (viewer.role() == Role.OFFICIAL && index.departmentCode().equals(viewer.departmentCode()));
    }

    private static IndexValue visible(Viewer viewer, IndexValue value) {
        return viewer.isStaff() ? value : value.confirmedOnly();
    }

    private static Double achievement(CivicIndex index, IndexValue value) {
        if (value == null) {
            return null;
        }
        OptionalDouble rate = value.achievement(index.direction());
        return rate.isPresent() ? rate.getAsDouble() : null;
    }

    private static Integer integer(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String text, long line, String column, List<ValueProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(",", ""));
            if (!Double.isFinite(value) || Math.abs(value) >= 1e14) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(
                    ValueProblem.of(line, "number", "'" + text + "' in " + column + " is not a number", text, column));
            return null;
        }
    }
}
