package kr.seoul.smartcity.archive.service;

import java.time.Duration;
import java.util.List;

import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveQueriesTest {

    private final KoreanMorphemes korean = new KoreanMorphemes();
    private final ArchiveQueryParser parser = new ArchiveQueryParser(korean);
    private final ArchiveQueryReader reader = new ArchiveQueryReader(parser, korean);
    private final ArchiveQueries queries = new ArchiveQueries(reader);

    @Test
    void hangulBecomesMorphemesOnBothSides() {
        assertThat(korean.analyse("서울시의 미세먼지가 크게 줄었다").strip().split("\\s+")).startsWith("서울", "시", "미세", "먼지");
        assertThat(korean.analyse("PM2.5 농도를 개선했습니다").strip().split("\\s+")).containsExactly("PM2.5", "농도", "개선");
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
        assertThat(parser.parse("a/b?").surface()).isEqualTo("a b");
    }

    @Test
    void plainTextIsAlwaysAQuery() {
        UnderstoodQuery question = reader.read("올해 미세먼지 대책은 뭔가요?");
        assertThat(question.kind()).isEqualTo(UnderstoodQuery.Kind.PLAIN);
        assertThat(question.terms()).containsExactly("올해", "미세", "먼지", "대책");
        assertThat(question.wordTerms()).containsExactly(List.of("올해"), List.of("미세", "먼지"), List.of("대책"));
        assertThat(question.notice()).isNull();
        assertThat(reader.read("시민들이 따릉이를 정말 많이 이용했어요!").terms()).containsExactly("시민", "따릉이", "이용");
        assertThat(reader.read("How do I rent the city's bikes?").terms()).containsExactly("rent", "citi", "bike");
        for (String text : java.util.List.of(
                "\"open", "(a OR b", "a)", "what~2 ^3 /x/ [1 TO", "시간: 10:30", "!!!", "C++ 개발자", "*서울", "a OR")) {
            UnderstoodQuery understood = reader.read(text);
            assertThat(understood.kind()).as(text).isNotEqualTo(UnderstoodQuery.Kind.SYNTAX);
            String json = ArchiveQueries.text(understood, ArchiveQueries.MINIMUM_SHOULD_MATCH)
                    .toString();
            assertThat(json).as(text).doesNotContain("query_string");
        }
        assertThat(reader.read("a OR").notice().problem())
                .isEqualTo(InvalidArchiveQueryException.Problem.DANGLING_OPERATOR);
        assertThat(reader.read("(a OR b").notice()).isNull();
    }

    @Test
    void wellFormedSyntaxStaysSyntaxAndIncompleteSyntaxIsSaidNextToTheResults() {
        assertThat(reader.read("title:\"따릉이\" AND 이용").kind()).isEqualTo(UnderstoodQuery.Kind.SYNTAX);
        assertThat(reader.read("교통*").kind()).isEqualTo(UnderstoodQuery.Kind.SYNTAX);
        UnderstoodQuery empty = reader.read("title: 따릉이");
        assertThat(empty.kind()).isEqualTo(UnderstoodQuery.Kind.PLAIN);
        assertThat(empty.notice().problem()).isEqualTo(InvalidArchiveQueryException.Problem.NEEDS_VALUE);
        assertThat(empty.terms()).containsExactly("따릉이");
        UnderstoodQuery unknown = reader.read("author:kim 예산");
        assertThat(unknown.notice().problem()).isEqualTo(InvalidArchiveQueryException.Problem.UNKNOWN_FIELD);
        assertThat(unknown.terms()).containsExactly("author", "kim", "예산");
        UnderstoodQuery tooLong = reader.read("서울 ".repeat(300));
        assertThat(tooLong.notice().problem()).isEqualTo(InvalidArchiveQueryException.Problem.TOO_LONG);
        assertThat(reader.read("???").kind()).isEqualTo(UnderstoodQuery.Kind.EVERYTHING);
    }

    @Test
    void plainWordsAreRankedByAnyTermWithTheWholeAndThePhraseAbove() {
        String json = queries.search("archive", Viewer.CITIZEN, ArchiveQuery.of("시민들이 따릉이를 많이 이용했어요"))
                .toString();
        assertThat(json)
                .contains(
                        "\"combined_fields\"",
                        "\"operator\":\"or\"",
                        "\"minimum_should_match\":\"2<-1 4<-2 6<60%\"",
                        "\"operator\":\"and\"",
                        "\"match_phrase\"",
                        "\"query\":\"시민 따릉이 이용\"",
                        "\"suggest\"");
    }

    @Test
    void pagesStopAtTenThousandAndTheCursorGoesOnWithATieBreaker() {
        ArchiveQuery query = ArchiveQuery.of("서울");
        assertThatThrownBy(() -> queries.search("archive", Viewer.CITIZEN, query.withPage(500, 20)))
                .isInstanceOf(InvalidArchiveQueryException.class)
                .hasMessageContaining("cursor");
        String cursor = ArchiveQueries.encodeCursor(java.util.List.of(
                co.elastic.clients.elasticsearch._types.FieldValue.of(3.25),
                co.elastic.clients.elasticsearch._types.FieldValue.of(10_017L)));
        String json = queries.search(
                        "archive", Viewer.CITIZEN, query.withPage(0, 20).after(cursor))
                .toString();
        assertThat(json)
                .contains("\"search_after\":[3.25,10017]")
                .doesNotContain("\"from\"")
                .contains("{\"id\":{\"order\":\"asc\"}}")
                .contains("\"track_total_hits\":true");
        String byDate = queries.search("archive", Viewer.CITIZEN, query.withSort(ArchiveQuery.Sort.DATE))
                .toString();
        assertThat(byDate).contains("{\"issued_on\":{\"order\":\"desc\"}}", "{\"id\":{\"order\":\"desc\"}}");
        assertThatThrownBy(() -> queries.search("archive", Viewer.CITIZEN, query.after("%%%")))
                .hasMessageContaining("cursor");
    }

    @Test
    void accessIsPartOfEveryQuery() {
        String citizen =
                queries.search("archive", Viewer.CITIZEN, ArchiveQuery.of("")).toString();
        assertThat(citizen).contains("{\"term\":{\"disclosure\":{\"value\":\"PUBLIC\"}}}");
        String official = queries.search("archive", new Viewer(Role.OFFICIAL, "TRAFFIC"), ArchiveQuery.of(""))
                .toString();
        assertThat(official)
                .contains("RESTRICTED")
                .contains("{\"term\":{\"department\":{\"value\":\"TRAFFIC\"}}}")
                .contains("{\"term\":{\"restricted_roles\":{\"value\":\"OFFICIAL\"}}}");
    }

    @Test
    void theNearestByMeaningAreSoughtInsideTheAccessFilterAndAmongTheLanguagesTheModelKnows() {
        UnderstoodQuery understood = reader.read("bicycle rental");
        float[] vector = {0.6f, 0.8f};
        String any = queries.nearest(
                        "archive",
                        Viewer.CITIZEN,
                        ArchiveQuery.of("bicycle rental"),
                        understood,
                        vector,
                        20,
                        0.6f,
                        "ollama:m",
                        List.of())
                .toString();
        assertThat(any)
                .contains("{\"term\":{\"disclosure\":{\"value\":\"PUBLIC\"}}}")
                .contains("{\"term\":{\"embedding_model\":{\"value\":\"ollama:m\"}}}")
                .contains("\"similarity\":0.6")
                .doesNotContain("{\"terms\":{\"language\"");
        String english = queries.nearest(
                        "archive",
                        Viewer.CITIZEN,
                        ArchiveQuery.of("bicycle rental"),
                        understood,
                        vector,
                        20,
                        0.6f,
                        "ollama:m",
                        List.of("en"))
                .toString();
        assertThat(english).contains("{\"terms\":{\"language\":[\"en\"]}}");
    }

    @Test
    void aModelIsDeclaredWithTheLanguagesItKnows() {
        EmbeddingProperties all = properties(List.of());
        assertThat(all.knows(ArchiveLanguage.KO)).isTrue();
        EmbeddingProperties english = properties(List.of(" EN"));
        assertThat(english.languages()).containsExactly("en");
        assertThat(english.knows(ArchiveLanguage.EN)).isTrue();
        assertThat(english.knows(ArchiveLanguage.of("시민들이 따릉이를 이용했어요")))
                .as("a Korean query with an English-only model ranks by words alone")
                .isFalse();
        assertThat(english.knows(ArchiveLanguage.of("bike rental 2025"))).isTrue();
        assertThatThrownBy(() -> properties(List.of("fr"))).hasMessageContaining("ko or en");
    }

    private static EmbeddingProperties properties(List<String> languages) {
        return new EmbeddingProperties("ollama", "m", 600, 6, 8, Duration.ofSeconds(3), 50, 0.6f, languages);
    }
}
