package kr.seoul.smartcity.command.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Something a command can reach: a screen, a dashboard, an indicator, a district, a project, a report, a document,
 * or a department to call or to direct. Each feature names what it offers the person asking; the resolver only
 * chooses among those, so a command never reaches what its asker may not see.
 *
 * @param kind what it is
 * @param key its identifier within its kind (a route, a slug, an indicator or department code, a document number)
 * @param labelKo its Korean name
 * @param labelEn its English name
 * @param aliases other words people use for it (결재함 for 전자결재, "traffic" for 도시교통실)
 * @param path where it opens, relative to the application ({@code status?indicator=PM10}); none for actions
 * @param districtPath where it opens for one district, {@code {district}} standing for the district's code; none
 *                     when it has no district view
 * @param takesPeriod whether a span of history ("지난 7일") can be added as {@code range=}
 */
@NamedInterface("model")
public record CommandTarget(
        TargetKind kind,
        String key,
        String labelKo,
        String labelEn,
        List<String> aliases,
        @Nullable String path,
        @Nullable String districtPath,
        boolean takesPeriod) {

    public CommandTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKo, "labelKo");
        Objects.requireNonNull(labelEn, "labelEn");
        aliases = List.copyOf(aliases);
        if (path == null && kind.verb() == Verb.SHOW) {
            throw new IllegalArgumentException("A target to be shown needs a path: " + kind + " " + key);
        }
    }

    /** A target that opens at a path. */
    public static CommandTarget page(
            TargetKind kind, String key, String labelKo, String labelEn, String path, List<String> aliases) {
        return new CommandTarget(kind, key, labelKo, labelEn, aliases, path, null, false);
    }

    /** An action (a call, a directive) done where the command was given. */
    public static CommandTarget action(
            TargetKind kind, String key, String labelKo, String labelEn, List<String> aliases) {
        return new CommandTarget(kind, key, labelKo, labelEn, aliases, null, null, false);
    }

    /** Identifies the target across instances and requests: kind and key. */
    public String id() {
        return kind.name() + ":" + key;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelKo;
    }

    /** The names it is matched against: both languages and the aliases. */
    List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(labelKo, labelEn), aliases.stream())
                .filter(name -> !name.isBlank())
                .toList();
    }
}
