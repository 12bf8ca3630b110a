package kr.seoul.smartcity.base.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DongGeometryTest {

    /** Shared data outside the repository (CC BY 4.0), relative to the project. */
    private static final String DONGS = "../shared/data/geo/hangjeongdong_seoul_admdongkor_ver20210401.geojson";

    private static final String CREDIT = "vuski/admdongkor, CC BY 4.0";

    @Test
    void groupsThe425DongsByTheirDistrictWithShortNames() {
        DongGeometry geometry = new DongGeometry(new DongProperties(DONGS, CREDIT));

        int all = 0;
        for (SeoulDistrict district : SeoulDistrict.values()) {
            assertThat(geometry.dongs(district.code())).as(district.nameKo()).isNotEmpty();
            all += geometry.dongs(district.code()).size();
        }
        assertThat(all).isEqualTo(425);
        assertThat(geometry.dongs("11110"))
                .hasSize(17)
                .extracting(DongGeometry.Dong::name)
                .contains("사직동", "가회동")
                .isSorted();
        JsonNode jongno = JsonMapper.shared().readTree(geometry.geoJson("11110").orElseThrow());
        assertThat(jongno.path("features")).hasSize(17);
        JsonNode first = jongno.path("features").get(0);
        assertThat(first.path("properties").propertyNames()).containsExactlyInAnyOrder("code", "name", "nameEn");
        assertThat(first.path("properties").path("code").asString()).startsWith("110");
        assertThat(geometry.attribution()).contains(CREDIT);
    }

    @Test
    void withoutItsAttributionOrWithoutAFileThereIsNoDongLayer(@TempDir Path folder) throws IOException {
        assertThat(new DongGeometry(new DongProperties(DONGS, " ")).geoJson("11110"))
                .as("a licence that asks for attribution is not shown without it")
                .isEmpty();
        assertThat(new DongGeometry(new DongProperties(null, CREDIT)).attribution())
                .isEmpty();
        Path broken =
                Files.writeString(folder.resolve("dongs.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        DongGeometry empty = new DongGeometry(new DongProperties(broken.toString(), CREDIT));
        assertThat(empty.geoJson("11110")).isEmpty();
        assertThat(empty.dongs("11110")).isEmpty();
        assertThat(empty.attribution()).isEmpty();
    }
}
