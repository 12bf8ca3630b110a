package kr.seoul.smartcity.base.i18n;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kr.seoul.smartcity.base.domain.Labelled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Korean and English speak of the same things: every key in one file is in the other, and every key the code asks for exists. */
class TranslationsTest {

    private static final Path DIR = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** A key made in a view from an enum constant's name: {@code "approval.step." + step.name()}. */
    private static final Pattern KEY_FROM_NAME = Pattern.compile("\"[\\w.-]+\\.\"\\s*\\+\\s*[\\w().]*\\.name\\(\\)");

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                DIR.resolve("translations_" + language + ".properties"), StandardCharsets.UTF_8)) {
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
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
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

    /**
     * Every constant of every enum shown to people has its label in both languages: its {@link Labelled#labelKey()}
     * and any other key it names (a public method without arguments whose name ends in {@code Key}).
     */
    @Test
    void everyLabelledEnumConstantHasItsLabelsInBothLanguages() throws Exception {
        Set<String> korean = load("ko").stringPropertyNames();
        Set<String> english = load("en").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        for (Class<?> type : labelledEnums()) {
            for (Object constant : type.getEnumConstants()) {
                for (Method method : type.getMethods()) {
                    if (method.getParameterCount() == 0
                            && method.getReturnType() == String.class
                            && method.getName().endsWith("Key")
                            && !Modifier.isStatic(method.getModifiers())) {
                        method.setAccessible(true);
                        String key = (String) method.invoke(constant);
                        checked++;
                        if (!korean.contains(key) || !english.contains(key)) {
                            missing.add(type.getSimpleName() + "." + constant + "." + method.getName() + "() = " + key
                                    + (korean.contains(key) ? "" : " [ko]") + (english.contains(key) ? "" : " [en]"));
                        }
                    }
                }
            }
        }
        assertThat(checked).as("labels checked").isGreaterThan(200);
        assertThat(missing).isEmpty();
    }

    /** Views ask an enum for its label key instead of making one from the constant's name. */
    @Test
    void viewsNeverMakeALabelKeyFromAnEnumName() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path ->
                            path.toString().endsWith(".java") && path.toString().contains("/ui/"))
                    .toList()) {
                Matcher matcher = KEY_FROM_NAME.matcher(Files.readString(source));
                while (matcher.find()) {
                    found.add(source.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertThat(found).as("use the enum's labelKey()").isEmpty();
    }

    private static List<Class<?>> labelledEnums() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("kr.seoul.smartcity")
                        .stream()
                        .filter(JavaClass::isEnum)
                        .filter(type -> type.isAssignableTo(Labelled.class))
                        .<Class<?>>map(JavaClass::reflect)
                        .toList();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
