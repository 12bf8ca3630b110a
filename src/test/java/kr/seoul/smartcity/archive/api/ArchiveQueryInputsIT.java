package kr.seoul.smartcity.archive.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveHit;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.ArchiveSearchResult;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a person types into the archive's search box is a query: a few hundred natural questions, stray
 * punctuation, broken syntax and random text through the open data API (never a 400 for the text) and through the
 * service the screen uses (never an exception); a misspelt word gets a spelling that finds what the reader may see.
 */
@CityIntegrationTest
class ArchiveQueryInputsIT {

    @LocalServerPort
    int port;

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveSearchService search;

    @Autowired
    ArchiveIndexer indexer;

    private final JsonMapper json = JsonMapper.builder().build();
    private final String tag =
            "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private ArchiveItem add(String title, String summary, DisclosureClass disclosure, ArchiveLanguage language) {
        return archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        title,
                        ArchiveItemType.PUBLIC_DOCUMENT,
                        "TRAFFIC",
                        "도시교통실",
                        LocalDate.of(2025, 6, 2),
                        List.of(tag),
                        language,
                        disclosure,
                        List.of(),
                        summary),
                List.of());
    }

    static List<String> inputs() {
        List<String> inputs = new ArrayList<>(List.of(
                // questions and sentences as people ask them
                "올해 미세먼지 대책은 뭔가요?",
                "시민들이 따릉이를 정말 많이 이용했어요!",
                "따릉이 어디서 빌려요??",
                "한강공원 불꽃축제 언제 하나요~",
                "버스 노선이 바뀌었나요? 알려주세요",
                "폭염 쉼터는 어디에 있나요...",
                "How do I rent a Ttareungyi bike?",
                "what's the fine dust level today?!",
                "Is the subway free for seniors?",
                "where can I park near city hall (2025)?",
                "bus/subway transfer discount",
                "C++ 개발자 교육",
                "K-pop 공연",
                "PM2.5 농도가 50㎍/㎥ 넘으면?",
                "30% 할인",
                "3:1 경쟁률",
                "시간: 10:30",
                "e-mail: help@seoul.go.kr",
                "https://data.seoul.go.kr/dataList/OA-15182",
                "예산(2024년) 얼마?",
                "\"따릉이",
                "따릉이\"",
                "(교통",
                "교통)",
                "[긴급] 한파 대책",
                "{대기질}",
                "<b>굵게</b>",
                "<script>alert(1)</script>",
                "' OR 1=1 --",
                "title:",
                "title: 따릉이",
                "tag:",
                "year:abc",
                "year:99999999999",
                "type:NOSUCH",
                "lang:xx",
                "author:kim 예산",
                "secret:x",
                "dept:",
                "a AND",
                "AND",
                "OR OR",
                "NOT",
                "AND OR NOT",
                "NOT NOT NOT a",
                "a OR",
                "(a OR b",
                "a)",
                "((a OR b) AND (c OR d)) NOT (e AND f)",
                "title:(a OR",
                "producer:\"",
                // query-parser characters alone and together
                "*",
                "?",
                "~",
                "^",
                "/",
                "\\",
                ":",
                "!",
                "&&",
                "||",
                "+",
                "-",
                "=",
                "<",
                ">",
                "\"\"",
                "''",
                "()",
                "a*b*c*d*",
                "/.*/",
                "/[a-z]+/",
                "a~",
                "~1",
                "a^100",
                "a:b:c:d",
                "*서울",
                "서울*",
                "?서울",
                "서울?",
                "\u0000",
                "\uD800",
                "%",
                "%%",
                "#",
                "@",
                "$",
                ";",
                ",",
                ".",
                "…",
                "🙂",
                "🚲 따릉이",
                "ㅋㅋㅋ",
                "ㅠㅠ",
                "   ",
                "\t",
                "서울\u200B시",
                "\u202E교통",
                "가".repeat(600),
                "content:" + "가".repeat(600),
                "tag:" + "x".repeat(2000),
                "(".repeat(500) + "a",
                "a" + ")".repeat(500),
                "\"".repeat(99)));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            many.append("word").append(i).append(" OR ");
        }
        inputs.add(many.substring(0, 700) + "end");
        String punctuation = "?!~^/\\:\"'()[]{}<>=&|+-*%#@$;,.`";
        for (char c : punctuation.toCharArray()) {
            inputs.addAll(List.of(c + "교통", "교통" + c, "교통 " + c + " 예산", c + "traffic" + c, "" + c + c + c));
        }
        Random random = new Random(16);
        String alphabet = "가나다라마바사아자차카타파하서울교통예산 abcXYZ019" + punctuation + "\u3131\u314f\u00e9\u0301\t ";
        for (int i = 0; i < 100; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(text.toString());
        }
        return inputs;
    }

    @Test
    void noTextAnyoneTypesIsRefused() throws Exception {
        add("따릉이 이용 시민 크게 늘어 " + tag, "공공자전거 이용자가 지난해보다 늘었다.", DisclosureClass.PUBLIC, ArchiveLanguage.KO);
        indexer.drainNow();
        List<String> inputs = inputs();
        assertThat(inputs).hasSizeGreaterThan(300);
        Viewer mayor = new Viewer(Role.MAYOR, null);
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (String query : inputs) {
                String shown = query.length() > 40 ? query.substring(0, 40) + "…" : query;
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/archive/search?q="
                                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode())
                        .as("answer to %s: %s", shown, response.body())
                        .isEqualTo(200);
                assertThat(json.readTree(response.body()).has("total"))
                        .as(shown)
                        .isTrue();
                // the screen's path: the service, for a signed-in viewer too
                search.search(mayor, ArchiveQuery.of(query));
            }
        }
    }

    @Test
    void aMisspeltWordGetsASpellingThatFindsWhatTheReaderMaySee() throws Exception {
        ArchiveItem lanes = add(
                "Bicycle lanes along the river " + tag,
                "New protected lanes for cyclists.",
                DisclosureClass.PUBLIC,
                ArchiveLanguage.EN);
        String secretWord = tag + "confidential";
        add("Internal memo " + secretWord, "Only for staff.", DisclosureClass.INTERNAL, ArchiveLanguage.EN);
        indexer.drainNow();

        ArchiveSearchResult typo = search.search(Viewer.CITIZEN, ArchiveQuery.of("bycicle " + tag));
        assertThat(typo.correction()).isEqualTo("bicycle " + tag);
        assertThat(typo.hits()).extracting(ArchiveHit::id).contains(lanes.id());
        assertThat(typo.broader())
                .as("no document has both words; the page shows those with some")
                .isEqualTo(new ArchiveSearchResult.Broader(ArchiveSearchResult.Broader.Kind.ANY_WORD, typo.total()));

        String nearSecret = secretWord.substring(0, secretWord.length() - 1) + "x";
        ArchiveSearchResult citizen = search.search(Viewer.CITIZEN, ArchiveQuery.of(nearSecret));
        assertThat(citizen.correction())
                .as("a word only an internal document has is not offered")
                .isNull();
        assertThat(citizen.total()).isZero();
        ArchiveSearchResult official = search.search(new Viewer(Role.OFFICIAL, "TRAFFIC"), ArchiveQuery.of(nearSecret));
        assertThat(official.correction()).isEqualTo(secretWord);

        HttpResponse<String> api;
        try (HttpClient client = HttpClient.newHttpClient()) {
            api = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/archive/search?q="
                                    + URLEncoder.encode("bycicle " + tag, StandardCharsets.UTF_8)))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        JsonNode page = json.readTree(api.body());
        assertThat(page.path("didYouMean").asString()).isEqualTo("bicycle " + tag);
        assertThat(page.path("broader").path("kind").asString()).isEqualTo("ANY_WORD");
    }

    @Test
    void aKoreanTypoIsCorrectedAndTheCorrectionIsNotCorrectedAgain() {
        ArchiveItem walk =
                add("청계천 야간 산책로 개방 " + tag, "청계천 산책로를 밤에도 걸을 수 있게 됐다.", DisclosureClass.PUBLIC, ArchiveLanguage.KO);
        indexer.drainNow();
        ArchiveSearchResult typo = search.search(Viewer.CITIZEN, ArchiveQuery.of("청계천 " + tag + " 산챙로"));
        assertThat(typo.correction()).isEqualTo("청계천 " + tag + " 산책로");
        ArchiveSearchResult corrected = search.search(Viewer.CITIZEN, ArchiveQuery.of(typo.correction()));
        assertThat(corrected.correction()).isNull();
        assertThat(corrected.hits()).extracting(ArchiveHit::id).first().isEqualTo(walk.id());
        ArchiveSearchResult question = search.search(Viewer.CITIZEN, ArchiveQuery.of("청계천 산책로는 언제 개방했나요?"));
        assertThat(question.correction()).as("endings are not misspellings").isNull();
    }

    @Test
    void aKoreanTypoOfOneLetterGetsTheWordItDiffersFromByThatLetter() {
        // 대챆 is one syllable from 대비 and from 대책, but one letter (ㄲ for ㄱ) from 대책 only; 대비 is more frequent
        for (String season : List.of("폭염", "한파", "태풍", "폭설")) {
            add(season + " 대비 " + tag, season + "에 대비한 행동 요령", DisclosureClass.PUBLIC, ArchiveLanguage.KO);
        }
        ArchiveItem floods = add("침수 대책 " + tag, "반지하 주택 침수를 막는 대책", DisclosureClass.PUBLIC, ArchiveLanguage.KO);
        indexer.drainNow();
        ArchiveSearchResult typo = search.search(Viewer.CITIZEN, ArchiveQuery.of("침수 " + tag + " 대챆"));
        assertThat(typo.correction()).isEqualTo("침수 " + tag + " 대책");
        assertThat(search.search(Viewer.CITIZEN, ArchiveQuery.of(typo.correction()))
                        .hits())
                .extracting(ArchiveHit::id)
                .first()
                .isEqualTo(floods.id());
    }

    @Test
    void nothingFoundWithFiltersOffersTheSearchWithoutThem() {
        add("저상버스 도입 확대 " + tag, "휠체어 이용 시민을 위한 저상버스", DisclosureClass.PUBLIC, ArchiveLanguage.KO);
        indexer.drainNow();
        ArchiveSearchResult filtered = search.search(
                Viewer.CITIZEN,
                ArchiveQuery.of("저상버스 " + tag)
                        .withFacets(
                                java.util.Set.of(ArchiveItemType.STATISTICS),
                                java.util.Set.of(),
                                java.util.Set.of(),
                                java.util.Set.of()));
        assertThat(filtered.total()).isZero();
        assertThat(filtered.broader())
                .isEqualTo(new ArchiveSearchResult.Broader(ArchiveSearchResult.Broader.Kind.WITHOUT_FILTERS, 1));
    }
}
