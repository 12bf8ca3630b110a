package kr.seoul.smartcity.command.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import org.jspecify.annotations.Nullable;

/**
 * A command as typed or said, taken apart: the verb (see, call, direct), a span of history, the district it names
 * (if any) and the words that are left to name what is meant. Particles (을, 에서 …), polite endings (보여줘 …), the
 * wake phrase and filler words are dropped, so "헤이 서울, 강남구의 미세먼지 좀 보여줘" and "Gangnam fine dust" leave the
 * same parts.
 *
 * @param verb what is to be done
 * @param period the span of history asked for, if any
 * @param district the district named, if any
 * @param words the words left when the district is taken out, in their original spelling
 * @param allWords the words left with the district's words kept (a name such as 중랑천 may contain a district's)
 * @param dashboard whether the person said "dashboard" (대시보드, 상황판)
 * @param voice for a call, whether a voice call rather than a video call was asked for
 */
public record Phrase(
        Verb verb,
        @Nullable Period period,
        @Nullable SeoulDistrict district,
        List<String> words,
        List<String> allWords,
        boolean dashboard,
        boolean voice) {

    private static final Pattern WAKE =
            Pattern.compile("^\\s*(hey|hi|ok|헤이|하이)\\s*,?\\s*(seoul|서울)\\s*[,.!]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\s*(?:지시\\s*[:：]|지시\\s+(?!사항)|(?:order|directive|instruct|direct)\\s*[:：]|(?:order|instruct|direct)\\s+)\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final List<PeriodPattern> PERIODS = List.of(
            new PeriodPattern(
                    "(?:지난|최근|past|last)\\s*(\\d+)\\s*(시간|일|주일|주|개월|달|년|hours?|days?|weeks?|months?|years?)", null),
            new PeriodPattern(
                    "(?:지난|최근)?\\s*(?:오늘|하루|24\\s*시간|today|(?:last|past)\\s+(?:24\\s+hours|day))", Period.DAY),
            new PeriodPattern("(?:지난\\s*주|이번\\s*주|일주일|한\\s*주|(?:this|last|past)\\s+week|a\\s+week)", Period.WEEK),
            new PeriodPattern("(?:지난\\s*달|이번\\s*달|한\\s*달|(?:this|last|past)\\s+month|a\\s+month)", Period.MONTH),
            new PeriodPattern("(?:올해|작년|지난\\s*해|일\\s*년|(?:this|last|past)\\s+year|a\\s+year)", Period.YEAR));
    private static final Set<String> CALL_WORDS = Set.of("call", "ring", "phone", "dial", "videocall", "voicecall");
    private static final List<String> CALL_PREFIXES = List.of("영상통화", "음성통화", "전화", "통화", "연결", "콜");
    private static final Set<String> DASHBOARD_WORDS = Set.of("대시보드", "상황판", "dashboard", "dashboards", "board");
    private static final Set<String> FILLERS = Set.of(
            "보여줘",
            "보여주세요",
            "보여",
            "줘",
            "주세요",
            "열어줘",
            "열어",
            "열어주세요",
            "열기",
            "알려줘",
            "알려주세요",
            "알려",
            "어때",
            "어때요",
            "어떄",
            "좀",
            "현황",
            "화면",
            "보기",
            "이동",
            "가자",
            "켜줘",
            "띄워줘",
            "띄워",
            "표시",
            "해줘",
            "해",
            "봐",
            "볼래",
            "얼마야",
            "얼마",
            "어떻게",
            "돼",
            "돼요",
            "나와",
            "찾아줘",
            "찾아",
            "걸어줘",
            "걸어",
            "해주세요",
            "부탁해",
            "show",
            "me",
            "the",
            "a",
            "an",
            "please",
            "open",
            "go",
            "to",
            "display",
            "for",
            "in",
            "of",
            "what",
            "whats",
            "what's",
            "is",
            "are",
            "how",
            "about",
            "see",
            "view",
            "page",
            "screen",
            "let's",
            "lets",
            "can",
            "could",
            "you",
            "i",
            "want",
            "on",
            "at",
            "put",
            "bring",
            "up",
            "current",
            "now",
            "latest",
            "with",
            "and",
            "pull",
            "take",
            "navigate",
            "give",
            "tell",
            "status",
            "level",
            "levels");
    private static final List<String> PARTICLES =
            List.of("에서는", "에서", "으로", "에게", "한테", "까지", "부터", "이랑", "하고", "을", "를", "은", "는", "의", "에", "가", "요", "로");
    private static final Set<String> VOICE_WORDS = Set.of("음성", "음성통화", "voice", "voicecall", "audio");

    /** Takes a command apart. */
    public static Phrase of(String said) {
        return of(said, true);
    }

    /** Takes a command apart; without {@code calls}, call words ("통화", "call") are words like others. */
    static Phrase of(String said, boolean calls) {
        String text = Normalizer.normalize(said, Normalizer.Form.NFC).strip();
        text = WAKE.matcher(text).replaceFirst("");
        Verb verb = Verb.SHOW;
        Matcher directive = DIRECTIVE.matcher(text);
        if (directive.matches()) {
            verb = Verb.DIRECTIVE;
            text = directive.group(1);
        }
        Period period = null;
        if (verb != Verb.DIRECTIVE) {
            for (PeriodPattern candidate : PERIODS) {
                Matcher found = candidate.pattern.matcher(text);
                if (found.find()) {
                    period = candidate.period != null ? candidate.period : spanOf(found.group(1), found.group(2));
                    text = text.substring(0, found.start()) + " " + text.substring(found.end());
                    break;
                }
            }
        }
        List<String> words = new ArrayList<>();
        List<String> callWords = new ArrayList<>();
        boolean dashboard = false;
        boolean voice = false;
        for (String raw : text.split("[\\s,.!?·:：]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String lower = raw.toLowerCase(Locale.ROOT);
            if (verb == Verb.DIRECTIVE) {
                words.add(raw);
                continue;
            }
            String word = withoutParticle(lower);
            String callStem = calls ? callStem(word) : null;
            if (callStem != null) {
                verb = Verb.CALL;
                callWords.add(word);
                voice |= VOICE_WORDS.stream().anyMatch(word::startsWith);
                if (!callStem.isEmpty()) {
                    words.add(callStem);
                }
                continue;
            }
            if (VOICE_WORDS.contains(word) || "video".equals(word) || "영상".equals(word)) {
                voice |= VOICE_WORDS.contains(word);
                continue;
            }
            if (DASHBOARD_WORDS.contains(word)) {
                dashboard = true;
                continue;
            }
            if (FILLERS.contains(word) || FILLERS.contains(lower)) {
                continue;
            }
            words.add(word);
        }
        if (verb == Verb.CALL && words.isEmpty()) {
            // "통화" alone names the calls screen; a call needs someone to call
            verb = Verb.SHOW;
            words.addAll(callWords);
        }
        if (verb == Verb.CALL) {
            words.removeIf(word ->
                    List.of("department", "dept", "team", "부서", "실", "국").contains(word.toLowerCase(Locale.ROOT)));
        }
        Districts.Found found = verb == Verb.DIRECTIVE ? null : Districts.find(words);
        return new Phrase(
                verb,
                period,
                found == null ? null : found.district(),
                found == null ? List.copyOf(words) : found.rest(),
                List.copyOf(words),
                dashboard,
                voice);
    }

    /** The words that remain, joined as said. */
    public String rest() {
        return String.join(" ", words);
    }

    /** All remaining words joined, the district's included. */
    public String allRest() {
        return String.join(" ", allWords);
    }

    private static @Nullable String callStem(String word) {
        if (CALL_WORDS.contains(word)) {
            return "";
        }
        for (String prefix : CALL_PREFIXES) {
            if (word.startsWith(prefix)) {
                return "";
            }
            int at = word.indexOf(prefix);
            // "도시교통실에전화" written without spaces: the department before the verb
            if (at >= 2 && word.length() - at <= prefix.length() + 3) {
                return withoutParticle(word.substring(0, at));
            }
        }
        return null;
    }

    static String withoutParticle(String word) {
        if (!Hangul.containsSyllables(word)) {
            return word;
        }
        for (String particle : PARTICLES) {
            if (word.endsWith(particle) && word.length() - particle.length() >= 2) {
                return word.substring(0, word.length() - particle.length());
            }
        }
        return word;
    }

    private static Period spanOf(String number, String unit) {
        long n = Long.parseLong(number);
        String u = unit.toLowerCase(Locale.ROOT);
        long days;
        if (u.startsWith("시간") || u.startsWith("hour")) {
            days = (n + 23) / 24;
        } else if (u.startsWith("주") || u.startsWith("week")) {
            days = n * 7;
        } else if (u.startsWith("개월") || u.startsWith("달") || u.startsWith("month")) {
            days = n * 30;
        } else if (u.startsWith("년") || u.startsWith("year")) {
            days = n * 365;
        } else {
            days = n;
        }
        return Period.covering(days);
    }

    private record PeriodPattern(Pattern pattern, @Nullable Period period) {
        PeriodPattern(String regex, @Nullable Period period) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), period);
        }
    }
}
