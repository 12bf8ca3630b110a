package kr.seoul.smartcity.cityfeed.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;

/** The fields of a source's declaration as text: their labels, comma lists, code tables and blanks. */
final class SourceFieldTexts {

    private SourceFieldTexts() {}

    /** Labels a field {@code data-source.<key>} with the id {@code source-<key>} and the help text, if any. */
    static void label(HasLabel field, String key, String help) {
        Component component = (Component) field;
        field.setLabel(component.getTranslation("data-source." + key));
        component.setId("source-" + key);
        if (help != null && field instanceof HasHelper helped) {
            helped.setHelperText(component.getTranslation(help));
        }
    }

    static List<String> list(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** Lines {@code left=right}; blank lines are skipped. */
    static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    pairs.put(
                            line.substring(0, equals).strip(),
                            line.substring(equals + 1).strip());
                }
            }
        }
        return pairs;
    }

    static String lines(Map<String, ?> pairs) {
        StringBuilder text = new StringBuilder();
        pairs.forEach(
                (left, right) -> text.append(left).append('=').append(right).append('\n'));
        return text.toString().strip();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
