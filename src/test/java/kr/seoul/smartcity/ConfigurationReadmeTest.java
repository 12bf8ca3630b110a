package kr.seoul.smartcity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code city.*} property the application reads has metadata (its {@code @ConfigurationProperties} classes,
 * through spring-boot-configuration-processor, and {@code additional-spring-configuration-metadata.json} for the
 * few read with {@code @Value}), and every one of them is named in the README's Configuration table, where rows
 * write a group as {@code `city.x.a` / `.b`}.
 */
class ConfigurationReadmeTest {

    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

    @Test
    void everyCityPropertyHasMetadataAndIsInTheReadmesConfigurationTable() throws Exception {
        assertThat(METADATA)
                .as("written by spring-boot-configuration-processor at compile time")
                .exists();
        Set<String> properties = new TreeSet<>();
        JsonNode metadata = JsonMapper.builder().build().readTree(Files.readString(METADATA));
        metadata.path("properties").forEach(property -> {
            String name = property.path("name").asString();
            if (name.startsWith("city.")) {
                properties.add(name);
            }
        });
        assertThat(properties)
                .as("the processor found the properties classes")
                .contains("city.summary.provider", "city.search.url", "city.approval.autosave-every");
        assertThat(metadata.path("properties")
                        .valueStream()
                        .filter(property -> property.path("name").asString().startsWith("city."))
                        .filter(property ->
                                property.path("description").asString().isBlank())
                        .map(property -> property.path("name").asString())
                        .toList())
                .as("city.* properties without a description")
                .isEmpty();

        Set<String> named = namedInConfigurationTable(Files.readString(Path.of("README.md")));
        List<String> missing = properties.stream()
                .filter(property -> !covered(property, named))
                .toList();
        assertThat(missing)
                .as("city.* properties the README's Configuration table does not name")
                .isEmpty();
    }

    @Test
    void groupsWrittenWithALeadingDotAreReadAsSiblings() {
        Set<String> named = namedInConfigurationTable("""
                ## Configuration

                | Property | Default | What |
                |---|---|---|
                | `city.archive.index` / `.poll-interval` / `.max-file-size` | `archive` / `2s` | the archive |
                | `city.sources.hrfco.*` | — | `city.rate-limits.enabled` (`true`) |

                ## Next
                | `city.not.this` | | |
                """);
        assertThat(named)
                .contains(
                        "city.archive.index",
                        "city.archive.poll-interval",
                        "city.archive.max-file-size",
                        "city.sources.hrfco.*",
                        "city.rate-limits.enabled")
                .doesNotContain("city.not.this", ".poll-interval");
        assertThat(covered("city.sources.hrfco.base-url", named)).isTrue();
        assertThat(covered("city.archive.other", named)).isFalse();
    }

    /** The properties a table row names, in any cell; {@code `.b`} after {@code `city.x.a`} is {@code city.x.b}. */
    static Set<String> namedInConfigurationTable(String readme) {
        int start = readme.indexOf("## Configuration");
        assertThat(start).as("README has a Configuration section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> named = new TreeSet<>();
        Pattern code = Pattern.compile("`([a-z0-9.*-]+)`");
        for (String row : section.lines().filter(line -> line.startsWith("|")).toList()) {
            String parent = null;
            Matcher token = code.matcher(row);
            while (token.find()) {
                String name = token.group(1);
                if (name.startsWith(".") && parent != null) {
                    named.add(parent + name);
                } else if (name.contains(".") && !name.startsWith(".")) {
                    named.add(name);
                    parent = name.substring(0, name.lastIndexOf('.'));
                }
            }
        }
        return named;
    }

    /** Named as such, under a {@code prefix.*} wildcard, or (a map) by one of its keys. */
    static boolean covered(String property, Set<String> named) {
        List<String> ways = new ArrayList<>();
        for (String name : named) {
            if (name.equals(property)
                    || name.startsWith(property + ".")
                    || (name.endsWith(".*") && property.startsWith(name.substring(0, name.length() - 1)))) {
                ways.add(name);
            }
        }
        return !ways.isEmpty();
    }
}
