package kr.seoul.smartcity.archive.service;

import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveQueriesTest {

    private final KoreanMorphemes korean = new KoreanMorphemes();
    private final ArchiveQueryParser parser = new ArchiveQueryParser(korean);
    private final ArchiveQueries queries = new ArchiveQueries(parser);

    @Test
    void hangulBecomesMorphemesOnBothSides() {
        assertThat(korean.analyse("서울시의 미세먼지가 크게 줄었다").strip().split("\\s+"))
                .startsWith("서울", "시", "미세", "먼지");
        assertThat(korean.analyse("PM2.5 농도를 개선했습니다").strip().split("\\s+"))
                .containsExactly("PM2.5", "농도", "개선");
        ArchiveQueryParser.Parsed parsed = parser.parse("서울시 AND title:\"대중교통을 개선\" tag:교통 -PM2.5");
        assertThat(parsed.surface()).isEqualTo("서울시 AND title:\"대중교통을 개선\" tags:교통 -PM2.5");
        assertThat(parsed.morph()).isEqualTo("\"서울 시\" AND title_morph:\"대중 교통 개선\" tags:교통 -PM2.5");
    }

    @Test
    void badSyntaxIsRefusedWithAReason() {
        assertThatThrownBy(() -> parser.parse("\"open")).hasMessageContaining("phrase is not closed");
        assertThatThrownBy(() -> parser.parse("(a OR b")).hasMessageContaining("'(' is not closed");
        assertThatThrownBy(() -> parser.parse("a)")).hasMessageContaining("')'");
        assertThatThrownBy(() -> parser.parse("disclosure:RESTRICTED")).hasMessageContaining("Unknown field");
        assertThatThrownBy(() -> parser.parse("a OR")).isInstanceOf(InvalidArchiveQueryException.class);
        assertThat(parser.parse("a/b").surface()).isEqualTo("a\\/b");
    }

    @Test
    void pagesStopAtTenThousandAndTheCursorGoesOnWithATieBreaker() {
        ArchiveQuery query = ArchiveQuery.of("서울");
        assertThatThrownBy(() -> queries.search("archive", Viewer.CITIZEN, query.withPage(500, 20)))
                .isInstanceOf(InvalidArchiveQueryException.class).hasMessageContaining("cursor");
        String cursor = ArchiveQueries.encodeCursor(java.util.List.of(
                co.elastic.clients.elasticsearch._types.FieldValue.of(3.25),
                co.elastic.clients.elasticsearch._types.FieldValue.of(10_017L)));
        String json = queries.search("archive", Viewer.CITIZEN, query.withPage(0, 20).after(cursor)).toString();
        assertThat(json).contains("\"search_after\":[3.25,10017]").doesNotContain("\"from\"")
                .contains("{\"id\":{\"order\":\"asc\"}}").contains("\"track_total_hits\":true");
        String byDate = queries.search("archive", Viewer.CITIZEN, query.withSort(ArchiveQuery.Sort.DATE)).toString();
        assertThat(byDate).contains("{\"issued_on\":{\"order\":\"desc\"}}", "{\"id\":{\"order\":\"desc\"}}");
        assertThatThrownBy(() -> queries.search("archive", Viewer.CITIZEN, query.after("%%%")))
                .hasMessageContaining("cursor");
    }

    @Test
    void accessIsPartOfEveryQuery() {
        String citizen = queries.search("archive", Viewer.CITIZEN, ArchiveQuery.of("")).toString();
        assertThat(citizen).contains("{\"term\":{\"disclosure\":{\"value\":\"PUBLIC\"}}}");
        String official = queries.search("archive", new Viewer(Role.OFFICIAL, "TRAFFIC"), ArchiveQuery.of("")).toString();
        assertThat(official).contains("RESTRICTED").contains("{\"term\":{\"department\":{\"value\":\"TRAFFIC\"}}}")
                .contains("{\"term\":{\"restricted_roles\":{\"value\":\"OFFICIAL\"}}}");
    }
}
