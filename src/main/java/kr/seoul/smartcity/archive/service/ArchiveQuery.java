package kr.seoul.smartcity.archive.service;

import java.util.Locale;
import java.util.Set;

import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.base.domain.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * One search: the text of the search box, facet selections, order and page. Either {@code page} (up to 10,000 hits
 * deep) or {@code after}, the cursor of the previous result, which goes on past that.
 */
public record ArchiveQuery(
        String text,
        Set<ArchiveItemType> types,
        Set<String> departments,
        Set<Integer> years,
        Set<String> tags,
        Sort sort,
        int page,
        int size,
        @Nullable String after) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    public enum Sort implements Labelled {
        RELEVANCE,
        DATE;

        @Override
        public String labelKey() {
            return "archive.sort." + name().toLowerCase(Locale.ROOT);
        }
    }

    public static ArchiveQuery of(String text) {
        return new ArchiveQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Sort.RELEVANCE, 0, 20, null);
    }

    public ArchiveQuery withSort(Sort newSort) {
        return new ArchiveQuery(text, types, departments, years, tags, newSort, page, size, after);
    }

    public ArchiveQuery withPage(int newPage, int newSize) {
        return new ArchiveQuery(text, types, departments, years, tags, sort, newPage, newSize, null);
    }

    public ArchiveQuery after(String cursor) {
        return new ArchiveQuery(text, types, departments, years, tags, sort, 0, size, cursor);
    }

    public ArchiveQuery withFacets(
            Set<ArchiveItemType> newTypes, Set<String> newDepartments, Set<Integer> newYears, Set<String> newTags) {
        return new ArchiveQuery(text, newTypes, newDepartments, newYears, newTags, sort, page, size, after);
    }
}
