package kr.seoul.smartcity.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated archive documents for the benchmark, Korean and English, from word lists written for it: titles,
 * bodies of 8-20 sentences with Korean particles chosen by the final consonant of the word, tags, departments,
 * types and years. Deterministic for a seed.
 */
final class ArchiveTextGenerator {

    record Document(
            String title,
            String type,
            String department,
            String producer,
            String issuedOn,
            String tags,
            String language,
            String disclosure,
            String summary,
            String text) {}

    static final List<String> TYPES =
            List.of("WHITE_PAPER", "RESEARCH_REPORT", "BROCHURE", "STATISTICS", "MEETING_RECORD", "PUBLIC_DOCUMENT");
    static final List<String> DEPARTMENTS =
            List.of("TRAFFIC", "CLIMATE", "SAFETY", "DIGITAL", "HOUSING", "CULTURE", "WELFARE", "ECONOMY");
    private static final List<String> KO_TYPE_WORDS = List.of("백서", "연구보고서", "안내서", "통계연보", "회의록", "공문");
    private static final List<String> EN_TYPE_WORDS =
            List.of("White Paper", "Research Report", "Brochure", "Statistics", "Meeting Minutes", "Official Notice");
    private static final List<String> KO_NOUNS = List.of(
            "서울시", "자치구", "시민", "주민센터", "대중교통", "버스", "지하철", "환승", "공공자전거", "미세먼지", "초미세먼지", "대기질", "폭염", "한파", "침수",
            "하천", "공원", "녹지", "주차장", "보행로", "어린이집", "경로당", "청년", "어르신", "소상공인", "전통시장", "일자리", "주거", "임대주택", "도시재생",
            "스마트시티", "데이터", "인공지능", "센서", "안전", "재난", "소방", "방범", "교통사고", "신호등", "탄소중립", "재활용", "쓰레기", "에너지", "태양광",
            "전기차", "충전소", "관광", "축제", "문화", "도서관", "체육시설", "예산", "민원");
    private static final List<String> KO_PHRASES =
            List.of("대중교통 노선", "미세먼지 농도", "공공자전거 대여", "임대주택 공급", "보행 안전", "탄소 배출");
    private static final List<String> KO_PREDICATES = List.of(
            "늘었다", "줄었다", "개선했다", "확대했습니다", "점검했다", "추진한다", "조사했다", "분석했습니다", "낮아졌다", "높아졌다", "마련했다", "지원한다", "운영한다",
            "강화했다");
    private static final List<String> KO_MODIFIERS =
            List.of("지난해보다", "올해", "상반기에", "하반기에", "크게", "꾸준히", "처음으로", "시범적으로", "주말마다", "겨울철에");
    private static final List<String> EN_NOUNS = List.of(
            "city",
            "district",
            "residents",
            "bus routes",
            "subway lines",
            "bike stations",
            "fine dust",
            "air quality",
            "heat wave",
            "cold snap",
            "flooding",
            "river banks",
            "parks",
            "parking",
            "sidewalks",
            "daycare",
            "senior centres",
            "young people",
            "small businesses",
            "markets",
            "jobs",
            "housing",
            "rental homes",
            "regeneration",
            "sensors",
            "open data",
            "safety",
            "disaster response",
            "fire stations",
            "traffic accidents",
            "signals",
            "carbon neutrality",
            "recycling",
            "waste",
            "energy",
            "solar panels",
            "electric cars",
            "charging points",
            "tourism",
            "festivals",
            "libraries",
            "sports halls",
            "budget",
            "complaints");
    private static final List<String> EN_VERBS = List.of(
            "increased",
            "decreased",
            "improved",
            "expanded",
            "inspected",
            "reviewed",
            "surveyed",
            "analysed",
            "lowered",
            "supported",
            "operated",
            "strengthened",
            "planned");
    private static final List<String> EN_ADVERBS = List.of(
            "steadily",
            "sharply",
            "for the first time",
            "again",
            "in every district",
            "on weekends",
            "during winter",
            "over the year");
    private static final List<String> TAGS = List.of(
            "교통",
            "버스",
            "지하철",
            "자전거",
            "미세먼지",
            "대기질",
            "기후",
            "폭염",
            "침수",
            "재난",
            "안전",
            "주거",
            "일자리",
            "복지",
            "청년",
            "어르신",
            "문화",
            "관광",
            "예산",
            "데이터",
            "스마트시티",
            "에너지",
            "환경",
            "transport",
            "air",
            "housing",
            "safety",
            "budget",
            "culture",
            "data");
    private static final List<String> PRODUCERS = List.of(
            "서울연구원", "도시교통실", "기후환경본부", "안전총괄실", "디지털정책관", "Seoul Institute", "Seoul Digital Foundation", "시민소통기획관");

    private final Random random;

    ArchiveTextGenerator(long seed) {
        this.random = new Random(seed);
    }

    Document next() {
        boolean korean = random.nextInt(10) < 6;
        int typeIndex = random.nextInt(TYPES.size());
        int year = 2010 + random.nextInt(16);
        String issuedOn = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        int disclosure = random.nextInt(10);
        String title;
        StringBuilder text = new StringBuilder();
        int sentences = 8 + random.nextInt(13);
        if (korean) {
            title = pick(KO_NOUNS) + " " + pick(KO_NOUNS) + " " + KO_TYPE_WORDS.get(typeIndex) + " " + year;
            for (int s = 0; s < sentences; s++) {
                text.append(koreanSentence()).append(' ');
            }
        } else {
            title = capitalise(pick(EN_NOUNS)) + " and " + pick(EN_NOUNS) + " " + EN_TYPE_WORDS.get(typeIndex) + " "
                    + year;
            for (int s = 0; s < sentences; s++) {
                text.append(englishSentence(year)).append(' ');
            }
        }
        List<String> tags = new ArrayList<>();
        int tagCount = 1 + random.nextInt(4);
        while (tags.size() < tagCount) {
            String tag = pick(TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        String body = text.toString().strip();
        String summary = body.length() > 160 ? body.substring(0, 160) : body;
        return new Document(
                title,
                TYPES.get(typeIndex),
                pick(DEPARTMENTS),
                pick(PRODUCERS),
                issuedOn,
                String.join(";", tags),
                korean ? "ko" : "en",
                disclosure < 7 ? "PUBLIC" : disclosure < 9 ? "INTERNAL" : "RESTRICTED",
                summary,
                body);
    }

    private String koreanSentence() {
        String a = pick(KO_NOUNS);
        String b = pick(KO_NOUNS);
        return switch (random.nextInt(5)) {
            case 0 -> pick(KO_MODIFIERS) + " " + a + "의 " + b + particle(b, "이", "가") + " " + pick(KO_PREDICATES) + ".";
            case 1 -> "시는 " + a + particle(a, "을", "를") + " 위해 " + b + " 사업을 " + pick(KO_PREDICATES) + ".";
            case 2 ->
                a + particle(a, "과", "와") + " " + b + "에 대한 조사 결과 " + pick(KO_NOUNS) + " 만족도가 " + pick(KO_PREDICATES)
                        + ".";
            case 3 -> {
                String phrase = pick(KO_PHRASES);
                yield phrase + particle(phrase, "이", "가") + " " + pick(KO_MODIFIERS) + " " + pick(KO_PREDICATES) + ".";
            }
            default ->
                a + "에서는 " + b + particle(b, "을", "를") + " " + pick(KO_MODIFIERS) + " " + pick(KO_PREDICATES) + ".";
        };
    }

    private String englishSentence(int year) {
        String a = pick(EN_NOUNS);
        String b = pick(EN_NOUNS);
        return switch (random.nextInt(4)) {
            case 0 ->
                "In " + year + ", support for " + a + " near " + b + " " + pick(EN_VERBS) + " " + pick(EN_ADVERBS)
                        + ".";
            case 1 -> "The city " + pick(EN_VERBS) + " " + a + " across " + (2 + random.nextInt(24)) + " districts.";
            case 2 -> "A survey of " + a + " found that " + b + " " + pick(EN_VERBS) + " " + pick(EN_ADVERBS) + ".";
            default -> capitalise(a) + " and " + b + " were " + pick(EN_VERBS) + " with residents.";
        };
    }

    /** The particle after a word: the first form after a final consonant (받침), the second after a vowel. */
    private static String particle(String word, String afterConsonant, String afterVowel) {
        char last = word.charAt(word.length() - 1);
        boolean consonant = last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 != 0;
        return consonant ? afterConsonant : afterVowel;
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static String capitalise(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
