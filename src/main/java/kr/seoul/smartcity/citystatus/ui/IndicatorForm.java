package kr.seoul.smartcity.citystatus.ui;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import kr.seoul.smartcity.citystatus.service.IndicatorDraft;

/** What the indicator editor's fields hold while a person types: a bean for the binder, turned into a draft to save. */
class IndicatorForm {

    String code;
    String nameKo;
    String nameEn;
    String unit;
    String area;
    String owningDepartment;
    DisclosureClass disclosure = DisclosureClass.INTERNAL;
    String source;
    Integer updateMinutes = 60;
    boolean perDistrict;
    boolean higherIsWorse = true;
    Double warnAt;
    Double dangerAt;
    Integer decimals = 0;
    Integer sortOrder = IndicatorDraft.DEFAULT_SORT_ORDER;
    String summaryKo;
    String summaryEn;
    String descriptionKo;
    String descriptionEn;
    String useCaseKo;
    String useCaseEn;
    String sourceSystem;
    String datasetUrl;
    String contributors;
    String timeRange;
    String licence;

    /** The form of an existing indicator; a waiting PUBLIC shows as PUBLIC, as it was asked for. */
    static IndicatorForm of(CatalogueEntry entry) {
        Indicator i = entry.indicator();
        IndicatorMetadata m = entry.metadata();
        IndicatorForm form = new IndicatorForm();
        form.code = i.code();
        form.nameKo = i.nameKo();
        form.nameEn = i.nameEn();
        form.unit = i.unit();
        form.area = i.area();
        form.owningDepartment = i.owningDepartment();
        form.disclosure = entry.pending() != null ? entry.pending().disclosure() : i.disclosure();
        form.source = i.source();
        form.updateMinutes = i.updateMinutes();
        form.perDistrict = i.perDistrict();
        form.higherIsWorse = i.higherIsWorse();
        form.warnAt = i.warnAt();
        form.dangerAt = i.dangerAt();
        form.decimals = i.decimals();
        form.sortOrder = i.sortOrder();
        form.summaryKo = m.summaryKo();
        form.summaryEn = m.summaryEn();
        form.descriptionKo = m.descriptionKo();
        form.descriptionEn = m.descriptionEn();
        form.useCaseKo = m.useCaseKo();
        form.useCaseEn = m.useCaseEn();
        form.sourceSystem = m.sourceSystem();
        form.datasetUrl = m.datasetUrl();
        form.contributors = m.contributors();
        form.timeRange = m.timeRange();
        form.licence = m.licence();
        return form;
    }

    IndicatorDraft draft() {
        return new IndicatorDraft(
                code,
                nameKo,
                nameEn,
                unit,
                area,
                owningDepartment,
                disclosure,
                source,
                updateMinutes,
                perDistrict,
                higherIsWorse,
                warnAt,
                dangerAt,
                decimals,
                sortOrder,
                new IndicatorMetadata(
                        summaryKo,
                        summaryEn,
                        descriptionKo,
                        descriptionEn,
                        useCaseKo,
                        useCaseEn,
                        sourceSystem,
                        datasetUrl,
                        contributors,
                        timeRange,
                        licence));
    }
}
