package kr.seoul.smartcity.summary.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.summary.domain.Passage;
import kr.seoul.smartcity.summary.domain.Summary;
import kr.seoul.smartcity.summary.domain.SummaryBullet;
import kr.seoul.smartcity.summary.domain.SummaryKind;
import kr.seoul.smartcity.summary.domain.SummarySection;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * A summary without a model: the document's own sentences, ranked. A sentence scores by how much of the document's
 * vocabulary it carries (term frequency in the document times inverse sentence frequency, Nori morphemes for Korean),
 * with a bonus for words of the title and for the opening sentences, where reports put their gist. The overview takes
 * the three to five best sentences that do not repeat one another, in reading order; key figures, decisions, action
 * items and risks take the best sentences with numbers or with the words such sentences use.
 */
@Component
class ExtractiveSummariser implements Summariser {

    static final String MODEL = "extractive-nori-tfidf";

    private static final Pattern FIGURE = Pattern.compile(
            "\\d[\\d,.]*\\s*(%|퍼센트|조|억|만|천|원|명|건|개|곳|대|회|배|톤|km|㎞|m²|㎡|µg|㎍|ppm|mm|kWh|MW|세대|가구|시간|일|개월|percent|millimetres|won|people|units|cases|tonnes|hours)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECISION = Pattern.compile(
            "결정|의결|승인|확정|채택|합의|결재|선정|decided|decision|approved|adopted|agreed|resolved", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile(
            "추진|시행|실시|예정|계획|해야|할 것|조치|마련|착수|완료할|요청|제출|점검|will |plans? to|must |shall |is to |are to |by (the end|[A-Z][a-z]+ \\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RISK = Pattern.compile(
            "위험|우려|리스크|문제|부족|지연|초과|악화|미흡|불확실|취약|risk|concern|delay|shortage|threat|uncertain|overrun|danger",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE_END = Pattern.compile("([.!?。…]|다|요|음|함|임|됨|짐)[\"'”’)]*$");

    private final KoreanTerms terms;
    private final Clock clock;

    ExtractiveSummariser(KoreanTerms terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Flux<SummaryEvent> summarise(SourceDocument document, AppLanguage language) {
        return Flux.just(new SummaryEvent.Finished(summary(document, language)));
    }

    Summary summary(SourceDocument document, AppLanguage language) {
        List<Passage> passages = document.passages();
        List<Set<String>> termSets = new ArrayList<>();
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Integer> sentenceFrequency = new HashMap<>();
        for (Passage passage : passages) {
            List<String> words = terms.terms(passage.text());
            words.forEach(word -> frequency.merge(word, 1, Integer::sum));
            Set<String> unique = new HashSet<>(words);
            unique.forEach(word -> sentenceFrequency.merge(word, 1, Integer::sum));
            termSets.add(unique);
        }
        Set<String> titleTerms = new HashSet<>(terms.terms(document.title()));
        int n = passages.size();
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            Set<String> words = termSets.get(i);
            double weight = 0;
            for (String word : words) {
                double idf = Math.log(1.0 + (double) n / sentenceFrequency.get(word));
                weight += Math.log(1.0 + frequency.get(word)) * idf * (titleTerms.contains(word) ? 1.5 : 1.0);
            }
            double length = Math.max(1, words.size());
            double position = 1.0 + 0.6 / (1 + i);
            boolean titleLike = !words.isEmpty() && titleTerms.containsAll(words);
            double form = words.size() < 3 || heading(passages.get(i).text()) ? 0.3 : 1.0;
            scores[i] = words.isEmpty() || titleLike ? 0 : weight / Math.sqrt(length) * position * form;
        }
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ranked.add(i);
        }
        ranked.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));

        int wanted = Math.max(3, Math.min(5, (int) Math.round(n * 0.12)));
        List<Integer> overview = new ArrayList<>();
        for (int i : ranked) {
            if (overview.size() >= wanted || scores[i] == 0) {
                break;
            }
            if (overview.stream().noneMatch(j -> overlap(termSets.get(i), termSets.get(j)) > 0.6)) {
                overview.add(i);
            }
        }
        for (int i = 0; overview.isEmpty() && i < Math.min(3, n); i++) {
            overview.add(i);
        }
        overview.sort(Comparator.naturalOrder());
        Set<Integer> used = new HashSet<>(overview);

        Map<SummarySection, List<SummaryBullet>> sections = new EnumMap<>(SummarySection.class);
        sections.put(
                SummarySection.OVERVIEW,
                overview.stream().map(i -> bullet(passages.get(i))).toList());
        sections.put(SummarySection.KEY_FIGURES, pick(ranked, scores, passages, FIGURE, used));
        sections.put(SummarySection.DECISIONS, pick(ranked, scores, passages, DECISION, used));
        sections.put(SummarySection.ACTION_ITEMS, pick(ranked, scores, passages, ACTION, used));
        sections.put(SummarySection.RISKS, pick(ranked, scores, passages, RISK, used));
        return new Summary(
                SummaryKind.EXTRACTIVE, MODEL, SummaryPrompt.VERSION, language.tag(), clock.instant(), sections, null);
    }

    private static List<SummaryBullet> pick(
            List<Integer> ranked, double[] scores, List<Passage> passages, Pattern pattern, Set<Integer> used) {
        List<Integer> picked = new ArrayList<>();
        for (int i : ranked) {
            if (picked.size() >= 3) {
                break;
            }
            if (!used.contains(i)
                    && scores[i] > 0
                    && pattern.matcher(passages.get(i).text()).find()) {
                picked.add(i);
            }
        }
        used.addAll(picked);
        picked.sort(Comparator.naturalOrder());
        return picked.stream().map(i -> bullet(passages.get(i))).toList();
    }

    /** A short line that is no sentence: a heading such as "따릉이 운영 현황 및 개선 방안" or "1. 개요". */
    static boolean heading(String text) {
        return text.length() < 50 && !SENTENCE_END.matcher(text).find();
    }

    private static SummaryBullet bullet(Passage passage) {
        return new SummaryBullet(passage.text(), List.of(passage.id()));
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / Math.min(a.size(), b.size());
    }
}
