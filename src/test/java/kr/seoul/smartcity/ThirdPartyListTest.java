package kr.seoul.smartcity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the product ships that others made is named, with its version, in THIRD-PARTY.md (and data in NOTICE too): a
 * browser library added to package.json, or a boundary file added to the bundled geometry, without its entry fails
 * here. The Java libraries are checked by the build itself (license-maven-plugin in pom.xml).
 */
class ThirdPartyListTest {

    private static final Path PACKAGE_JSON = Path.of("package.json");
    private static final Path THIRD_PARTY = Path.of("THIRD-PARTY.md");
    private static final Path NOTICE = Path.of("NOTICE");
    private static final Path GEO = Path.of("src/main/resources/geo");
    /** The sentence that gives the one version of the Vaadin web components listed together. */
    private static final Pattern VAADIN_LIST = Pattern.compile("Vaadin web components at (\\S+), all Apache-2.0");

    @Test
    void everyBrowserDependencyIsListedWithItsVersion() throws IOException {
        assertThat(unlisted(dependencies(read(PACKAGE_JSON)), read(THIRD_PARTY)))
                .as("package.json dependencies missing from THIRD-PARTY.md, or listed with another version")
                .isEmpty();
    }

    @Test
    void aDependencyAddedWithoutAnEntryIsCaught() throws IOException {
        Map<String, String> dependencies = dependencies(read(PACKAGE_JSON));
        dependencies.put("left-pad", "1.3.0");
        dependencies.put("leaflet", "2.0.0");
        dependencies.put("@vaadin/new-component", "25.2.4");

        assertThat(unlisted(dependencies, read(THIRD_PARTY)))
                .containsExactlyInAnyOrder(
                        "left-pad 1.3.0: not listed",
                        "leaflet 2.0.0: listed with another version",
                        "@vaadin/new-component 25.2.4: not listed");
    }

    @Test
    void theVaadinListIsCheckedForItsVersion() {
        String list =
                "Vaadin web components at 25.2.4, all Apache-2.0, © Vaadin Ltd.:\n`@vaadin/button`, `@vaadin/grid`.";

        assertThat(unlisted(Map.of("@vaadin/button", "25.2.4", "@vaadin/grid", "25.3.0"), list))
                .containsExactly("@vaadin/grid 25.3.0: listed with another version");
    }

    @Test
    void everyBundledGeometryFileIsNamedInNoticeOrThirdPartyList() throws IOException {
        String attributions = read(NOTICE) + "\n" + read(THIRD_PARTY);
        List<String> files;
        try (Stream<Path> walk = Files.walk(GEO)) {
            // README.md is the folder's own description of its files, written here
            files = walk.filter(Files::isRegularFile)
                    .map(file -> GEO.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("README.md"))
                    .toList();
        }
        assertThat(files).as("bundled geometry").isNotEmpty();
        assertThat(files.stream().filter(name -> !attributions.contains(name)).toList())
                .as("files under src/main/resources/geo named neither in NOTICE nor in THIRD-PARTY.md")
                .isEmpty();
    }

    /** Each dependency that the list lacks, or lists with another version, as "name version: why". */
    static List<String> unlisted(Map<String, String> dependencies, String thirdParty) {
        Matcher vaadin = VAADIN_LIST.matcher(thirdParty);
        String vaadinVersion = vaadin.find() ? vaadin.group(1) : null;
        String vaadinList =
                vaadinVersion == null ? "" : thirdParty.substring(vaadin.end(), paragraphEnd(thirdParty, vaadin.end()));
        List<String> problems = new ArrayList<>();
        dependencies.forEach((name, version) -> {
            String quoted = "`" + name + "`";
            String row = thirdParty
                    .lines()
                    .filter(line -> line.startsWith("| " + quoted + " |"))
                    .findFirst()
                    .orElse(null);
            if (row != null) {
                if (!row.contains("| " + version + " |")) {
                    problems.add(name + " " + version + ": listed with another version");
                }
            } else if (vaadinList.contains(quoted)) {
                if (!version.equals(vaadinVersion)) {
                    problems.add(name + " " + version + ": listed with another version");
                }
            } else {
                problems.add(name + " " + version + ": not listed");
            }
        });
        return problems;
    }

    private static int paragraphEnd(String text, int from) {
        int end = text.indexOf("\n\n", from);
        return end < 0 ? text.length() : end;
    }

    private static Map<String, String> dependencies(String packageJson) {
        JsonNode node = JsonMapper.builder().build().readTree(packageJson).path("dependencies");
        Map<String, String> dependencies = new LinkedHashMap<>();
        node.properties()
                .forEach(entry ->
                        dependencies.put(entry.getKey(), entry.getValue().asString()));
        assertThat(dependencies).as("package.json dependencies").isNotEmpty();
        return dependencies;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
