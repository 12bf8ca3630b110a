package kr.seoul.smartcity.civic.service;

import java.util.List;

import kr.seoul.smartcity.civic.domain.CivicIndex;
import kr.seoul.smartcity.civic.domain.IndexValue;

/**
 * One index as the viewer may see it: its city-wide values year by year, and its districts' values in
 * {@code districtYear} (none when the index has no district breakdown). {@code editable} says whether the viewer
 * may enter and confirm its values.
 */
public record IndexDetail(
        CivicIndex index, List<IndexValue> years, int districtYear, List<IndexValue> districts, boolean editable) {

    public IndexDetail {
        years = List.copyOf(years);
        districts = List.copyOf(districts);
    }
}
