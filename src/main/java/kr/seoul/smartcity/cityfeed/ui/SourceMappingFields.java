package kr.seoul.smartcity.cityfeed.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;

import static kr.seoul.smartcity.cityfeed.ui.SourceFieldTexts.blankToNull;
import static kr.seoul.smartcity.cityfeed.ui.SourceFieldTexts.label;
import static kr.seoul.smartcity.cityfeed.ui.SourceFieldTexts.lines;
import static kr.seoul.smartcity.cityfeed.ui.SourceFieldTexts.list;
import static kr.seoul.smartcity.cityfeed.ui.SourceFieldTexts.pairs;
import static kr.seoul.smartcity.cityfeed.ui.SourceFieldTexts.text;

/**
 * How a source's rows are read, besides their values: the columns with the time and its format, the columns with
 * the district and its code table, and the columns and values a row must have to be read at all.
 */
final class SourceMappingFields extends FormLayout {

    final TextField timeNames = new TextField();
    final TextField timeFormat = new TextField();
    private final TextField districtNames = new TextField();
    private final TextArea districtCodes = new TextArea();
    private final TextField filterNames = new TextField();
    private final TextField filterValues = new TextField();

    SourceMappingFields() {
        label(timeNames, "time-names", "data-source.names.help");
        label(timeFormat, "time-format", "data-source.time-format.help");
        label(districtNames, "district-names", "data-source.district-names.help");
        label(districtCodes, "district-codes", "data-source.district-codes.help");
        label(filterNames, "filter-names", null);
        label(filterValues, "filter-values", null);
        add(timeNames, timeFormat, districtNames, districtCodes, filterNames, filterValues);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
    }

    void show(SourceMapping mapping) {
        timeNames.setValue(String.join(", ", mapping.time().names()));
        timeFormat.setValue(text(mapping.time().format()));
        districtNames.setValue(
                mapping.district() == null
                        ? ""
                        : String.join(", ", mapping.district().names()));
        districtCodes.setValue(
                mapping.district() == null ? "" : lines(mapping.district().codes()));
        filterNames.setValue(
                mapping.filter() == null
                        ? ""
                        : String.join(", ", mapping.filter().names()));
        filterValues.setValue(
                mapping.filter() == null
                        ? ""
                        : String.join(", ", mapping.filter().anyOf()));
    }

    /**
     * The mapping as the fields have it, with the given values.
     *
     * @throws IllegalArgumentException if a code table line is not text=number
     */
    SourceMapping mapping(List<SourceMapping.Value> values) {
        SourceMapping.Field district = list(districtNames.getValue()).isEmpty()
                ? null
                : new SourceMapping.Field(list(districtNames.getValue()), null, pairs(districtCodes.getValue()));
        SourceMapping.Filter filter = list(filterNames.getValue()).isEmpty()
                ? null
                : new SourceMapping.Filter(list(filterNames.getValue()), list(filterValues.getValue()));
        return new SourceMapping(
                new SourceMapping.Field(list(timeNames.getValue()), blankToNull(timeFormat.getValue()), Map.of()),
                district,
                values,
                filter);
    }
}
