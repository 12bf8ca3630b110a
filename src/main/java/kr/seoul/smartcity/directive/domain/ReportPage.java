package kr.seoul.smartcity.directive.domain;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * One page of a report as it is presented. The first page carries the title and whatever precedes the first
 * heading; every heading (a line starting with {@code #}) starts a new page, and a line holding only {@code ---}
 * breaks a long section onto a further page under the same heading.
 */
@NamedInterface("model")
public record ReportPage(String heading, String text) {

    public static List<ReportPage> split(String title, String body) {
        List<ReportPage> pages = new ArrayList<>();
        String heading = title;
        StringBuilder text = new StringBuilder();
        for (String line : body.split("\\R", -1)) {
            String stripped = line.strip();
            boolean headingLine = stripped.startsWith("#");
            if (headingLine || stripped.equals("---")) {
                // the title page always stays; other pages only when they say something or start a section
                if (pages.isEmpty() || !text.toString().isBlank() || headingLine) {
                    pages.add(new ReportPage(heading, text.toString().strip()));
                }
                if (headingLine) {
                    heading = stripped.replaceFirst("^#+\\s*", "");
                }
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        pages.add(new ReportPage(heading, text.toString().strip()));
        return List.copyOf(pages);
    }
}
