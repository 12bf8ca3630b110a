package kr.seoul.smartcity.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings the table of the README's Configuration section names, in its own shorthand: in {@code `city.a.b` / `.c`} the second
 * is {@code city.a.c}, a sibling of the one before it.
 */
final class ReadmeSettings {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private ReadmeSettings() {}

    static List<String> read(Path readme) throws IOException {
        String text = Files.readString(readme);
        int start = text.indexOf("| Property |", text.indexOf("\n## Configuration"));
        List<String> settings = new ArrayList<>();
        for (String line : text.substring(start).split("\n")) {
            if (!line.startsWith("|")) {
                break; // the end of the table
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String names = line.substring(1, line.indexOf(" |", 1));
            String last = null;
            Matcher name = CODE.matcher(names);
            while (name.find()) {
                String found = name.group(1);
                if (found.startsWith(".") && last != null) {
                    found = last.substring(0, last.lastIndexOf('.')) + found;
                } else {
                    last = found;
                }
                settings.add(found);
            }
        }
        return settings;
    }
}
