package kr.seoul.smartcity.summary.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.summary.domain.Passage;
import org.springframework.stereotype.Component;

/**
 * Cuts text into sentence-sized passages, Korean-aware: a sentence ends at {@code . ! ? 。} followed by a space or
 * the end of the line (Korean report style "~함." "~임." "~다." included), but not inside numbers such as 3.5 or after
 * list numbers such as "1."; list items, headings and lines of a table are passages of their own, and over-long
 * sentences are cut at a space. Passages are numbered {@code p1, p2, ...} in reading order.
 */
@Component
public class PassageSplitter {

    /** Changes whenever the splitting changes, so that cached summaries citing passage ids are made anew. */
    public static final String VERSION = "s1";

    static final int MAX_PASSAGE = 400;
    private static final int MIN_PASSAGE = 6;
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?。？！])[\"'”’)\\]]*\\s+");
    private static final Pattern LIST_NUMBER = Pattern.compile("(?:\\d{1,3}|[A-Za-z가-힣]|[ivxIVX]{1,4})\\.");
    private static final Pattern MARKUP = Pattern.compile("^(?:#{1,6}\\s+|[-*+•·○●□■▶▷◆◇※]\\s*|>\\s*)+");

    /** The passages of one text. */
    public List<Passage> split(String text) {
        return split(List.of(new Part("", text)));
    }

    /** The passages of several texts (search results), each passage naming the text it came from. */
    public List<Passage> split(List<Part> parts) {
        List<Passage> passages = new ArrayList<>();
        for (Part part : parts) {
            for (String sentence : sentences(part.text())) {
                passages.add(new Passage("p" + (passages.size() + 1), sentence, part.heading()));
            }
        }
        return passages;
    }

    /** A text and the heading its passages carry. */
    public record Part(String heading, String text) {}

    List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        String carry = "";
        for (String rawLine : text.replace("\r", "").split("\n")) {
            String line = MARKUP.matcher(rawLine.strip())
                    .replaceFirst("")
                    .replace('|', ' ')
                    .replaceAll("\\s+", " ")
                    .strip();
            if (line.isEmpty() || line.chars().allMatch(c -> c == '-' || c == '=' || c == ' ' || c == ':')) {
                continue;
            }
            for (String sentence : lineSentences(line)) {
                String joined = carry.isEmpty() ? sentence : carry + " " + sentence;
                if (joined.length() < MIN_PASSAGE) {
                    carry = joined;
                } else {
                    sentences.addAll(cut(joined));
                    carry = "";
                }
            }
        }
        if (!carry.isBlank()) {
            if (sentences.isEmpty()) {
                sentences.add(carry);
            } else {
                sentences.set(sentences.size() - 1, sentences.getLast() + " " + carry);
            }
        }
        return sentences;
    }

    private static List<String> lineSentences(String line) {
        List<String> out = new ArrayList<>();
        Matcher matcher = BOUNDARY.matcher(line);
        int start = 0;
        while (matcher.find()) {
            String candidate = line.substring(start, matcher.start()).strip();
            String lastWord = candidate.substring(candidate.lastIndexOf(' ') + 1);
            if (LIST_NUMBER.matcher(lastWord).matches() || candidate.length() < 2) {
                continue;
            }
            out.add(line.substring(start, matcher.end()).strip());
            start = matcher.end();
        }
        if (start < line.length()) {
            out.add(line.substring(start).strip());
        }
        return out;
    }

    private static List<String> cut(String sentence) {
        List<String> pieces = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > MAX_PASSAGE) {
            int at = rest.lastIndexOf(' ', MAX_PASSAGE);
            if (at < MAX_PASSAGE / 2) {
                at = MAX_PASSAGE;
            }
            pieces.add(rest.substring(0, at).strip());
            rest = rest.substring(at).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Groups passages in order into chunks of at most {@code maxChars} characters of text (at least one each). */
    public static List<List<Passage>> chunks(List<Passage> passages, int maxChars) {
        List<List<Passage>> chunks = new ArrayList<>();
        List<Passage> current = new ArrayList<>();
        int size = 0;
        for (Passage passage : passages) {
            int length = passage.text().length() + passage.id().length() + 4;
            if (!current.isEmpty() && size + length > maxChars) {
                chunks.add(List.copyOf(current));
                current.clear();
                size = 0;
            }
            current.add(passage);
            size += length;
        }
        if (!current.isEmpty()) {
            chunks.add(List.copyOf(current));
        }
        return chunks;
    }
}
