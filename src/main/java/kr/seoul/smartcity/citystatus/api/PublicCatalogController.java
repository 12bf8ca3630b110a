package kr.seoul.smartcity.citystatus.api;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The open data catalogue for harvesters (national portals, data.europa.eu-style crawlers): every public indicator as
 * a DCAT-AP {@code dcat:Dataset} in JSON-LD, with two distributions, the series API (JSON) and the CSV download.
 * Internal and restricted indicators never appear.
 */
@RestController
@RequestMapping("/api/public/catalog")
class PublicCatalogController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
    private static final String THEME = "http://publications.europa.eu/resource/authority/data-theme/";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String MEDIA_TYPE = "http://www.iana.org/assignments/media-types/";
    /** Seoul in GeoNames, the place every dataset covers. */
    private static final String SEOUL = "https://sws.geonames.org/1835848/";

    private final CityStatusService status;
    private final String licence;

    PublicCatalogController(
            CityStatusService status,
            @Value("${city.open-data.licence:https://www.kogl.or.kr/info/licenseType1.do}") String licence) {
        this.status = status;
        this.licence = licence;
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> catalog() {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        ResourceBundle ko = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.KOREAN);
        ResourceBundle en = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH);
        Map<String, Object> publisher = Map.of(
                "@type",
                "foaf:Agent",
                "foaf:name",
                texts(ko.getString("catalog.publisher"), en.getString("catalog.publisher")));
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Indicator indicator : status.indicators(Viewer.CITIZEN)) {
            datasets.add(dataset(base, indicator, ko, en, publisher));
        }
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put(
                "@context",
                Map.of(
                        "dcat",
                        "http://www.w3.org/ns/dcat#",
                        "dct",
                        "http://purl.org/dc/terms/",
                        "foaf",
                        "http://xmlns.com/foaf/0.1/",
                        "xsd",
                        "http://www.w3.org/2001/XMLSchema#"));
        catalog.put("@id", base + "/api/public/catalog");
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", texts(ko.getString("catalog.title"), en.getString("catalog.title")));
        catalog.put("dct:description", texts(ko.getString("catalog.description"), en.getString("catalog.description")));
        catalog.put("dct:publisher", publisher);
        catalog.put("dct:spatial", Map.of("@id", SEOUL));
        catalog.put("dct:license", Map.of("@id", licence));
        catalog.put("foaf:homepage", Map.of("@id", base + "/"));
        catalog.put("dcat:dataset", datasets);
        return ResponseEntity.ok().contentType(JSON_LD).body(catalog);
    }

    private Map<String, Object> dataset(
            String base, Indicator indicator, ResourceBundle ko, ResourceBundle en, Map<String, Object> publisher) {
        String series = base + "/api/public/indicators/" + indicator.code() + "/series";
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", base + "/api/public/catalog#" + indicator.code());
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", indicator.code());
        dataset.put("dct:title", texts(indicator.nameKo(), indicator.nameEn()));
        IndicatorMetadata metadata =
                status.metadata(Viewer.CITIZEN, indicator.code()).orElse(IndicatorMetadata.NONE);
        dataset.put(
                "dct:description",
                texts(
                        describe(metadata.descriptionKo(), description(indicator, ko)),
                        describe(metadata.descriptionEn(), description(indicator, en))));
        IndicatorArea area = status.area(indicator.area()).orElse(null);
        if (area != null) {
            dataset.put("dcat:keyword", texts(area.nameKo(), area.nameEn()));
            dataset.put("dcat:theme", Map.of("@id", THEME + area.euTheme()));
        }
        if (metadata.datasetUrl() != null) {
            dataset.put("dcat:landingPage", Map.of("@id", metadata.datasetUrl()));
        }
        if (metadata.licence() != null) {
            dataset.put("dct:rights", metadata.licence());
        }
        if (metadata.contributors() != null) {
            dataset.put("dct:contributor", metadata.contributors());
        }
        if (metadata.timeRange() != null) {
            dataset.put("dct:temporal", metadata.timeRange());
        }
        dataset.put("dct:accrualPeriodicity", Map.of("@id", FREQUENCY + frequency(indicator.updateMinutes())));
        dataset.put(
                "dcat:temporalResolution",
                Map.of("@value", indicator.updateFrequency().toString(), "@type", "xsd:duration"));
        dataset.put("dct:spatial", Map.of("@id", SEOUL));
        dataset.put("dct:publisher", publisher);
        dataset.put(
                "dcat:distribution",
                List.of(
                        distribution(series, series, "JSON", "application/json", false),
                        distribution(series + ".csv", series + ".csv", "CSV", "text/csv", true)));
        return dataset;
    }

    private Map<String, Object> distribution(String id, String url, String format, String mediaType, boolean download) {
        Map<String, Object> distribution = new LinkedHashMap<>();
        distribution.put("@id", id);
        distribution.put("@type", "dcat:Distribution");
        distribution.put("dct:title", format);
        distribution.put("dcat:accessURL", Map.of("@id", url));
        if (download) {
            distribution.put("dcat:downloadURL", Map.of("@id", url));
        }
        distribution.put("dcat:mediaType", Map.of("@id", MEDIA_TYPE + mediaType));
        distribution.put("dct:format", Map.of("@id", FILE_TYPE + format));
        distribution.put("dct:license", Map.of("@id", licence));
        return distribution;
    }

    /** What the numbers are, from what the catalogue knows: unit, districts or the city, source, how often. */
    private static String description(Indicator indicator, ResourceBundle bundle) {
        String scope = bundle.getString(indicator.perDistrict() ? "catalog.per-district" : "catalog.city-wide");
        return MessageFormat.format(
                bundle.getString("catalog.dataset-description"),
                indicator.unit(),
                scope,
                indicator.source(),
                indicator.updateMinutes());
    }

    private static List<Map<String, String>> texts(String korean, String english) {
        return List.of(Map.of("@value", korean, "@language", "ko"), Map.of("@value", english, "@language", "en"));
    }

    /** The catalogue's long description, if it has one, before what the numbers are. */
    private static String describe(@Nullable String longDescription, String numbers) {
        return longDescription == null ? numbers : longDescription + " " + numbers;
    }

    /** The EU frequency of an update interval: continuously updated below an hour. */
    private static String frequency(int minutes) {
        if (minutes < 60) {
            return "UPDATE_CONT";
        }
        if (minutes < 1440) {
            return "HOURLY";
        }
        return minutes < 7 * 1440 ? "DAILY" : "WEEKLY";
    }
}
