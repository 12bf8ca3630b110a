package kr.seoul.smartcity.archive.service;

import java.util.ArrayList;
import java.util.List;

import kr.seoul.smartcity.archive.domain.ArchiveItem;

/**
 * The passages of an item that are embedded: its title with tags and summary first, then its text in pieces of at
 * most {@code chars} characters, cut at a sentence or line end where there is one; at most {@code max} in all.
 */
final class ArchivePassages {

    private ArchivePassages() {}

    static List<String> of(ArchiveItem item, String text, int chars, int max) {
        List<String> passages = new ArrayList<>();
        String head = (item.title() + "\n" + String.join(" ", item.tags()) + "\n" + item.summary()).strip();
        passages.add(head.length() > chars ? head.substring(0, chars) : head);
        String rest = text.strip();
        while (!rest.isEmpty() && passages.size() < max) {
            int end = Math.min(chars, rest.length());
            if (end < rest.length()) {
                int cut = Math.max(
                        Math.max(rest.lastIndexOf(". ", end), rest.lastIndexOf('\n', end)),
                        rest.lastIndexOf("? ", end));
                if (cut > chars / 3) {
                    end = cut + 1;
                }
            }
            String passage = rest.substring(0, end).strip();
            if (!passage.isEmpty()) {
                passages.add(passage);
            }
            rest = rest.substring(end);
        }
        return passages;
    }
}
