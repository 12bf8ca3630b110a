package kr.seoul.smartcity.base.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kr.seoul.smartcity.archive.service.InvalidArchiveQueryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Korean and English speak of the same things: every key in one file is in the other, and every key the code asks for exists. */
class TranslationsTest {

    private static final Path DIR = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(DIR.resolve("translations_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> korean = load("ko").stringPropertyNames();
        Set<String> english = load("en").stringPropertyNames();
        assertThat(difference(korean, english)).as("in Korean only").isEmpty();
        assertThat(difference(english, korean)).as("in English only").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> korean = load("ko").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!korean.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyArchiveQueryProblemCanBeExplained() throws IOException {
        for (String language : new String[] {"ko", "en"}) {
            Set<String> keys = load(language).stringPropertyNames();
            for (InvalidArchiveQueryException.Problem problem : InvalidArchiveQueryException.Problem.values()) {
                assertThat(keys).as(language).contains("archive.syntax." + problem.name());
            }
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
