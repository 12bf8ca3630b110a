package kr.seoul.smartcity.archive.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.seoul.smartcity.archive.service.InvalidArchiveQueryException.Problem;

/**
 * Turns the one search box's text into two Elasticsearch {@code query_string} queries: one over the surface text
 * (standard analyzer) and one over the Nori morpheme fields, where every Hangul word is replaced by its morphemes.
 * Syntax: {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT} (and {@code +}/{@code -}), brackets, {@code *}
 * at the end of a word and {@code field:value} for the fields in {@link #FIELDS}; other punctuation is a space.
 * Syntax that does not parse is refused with a message that says what to change ({@link ArchiveQueryReader} then
 * searches the text as plain words).
 */
final class ArchiveQueryParser {

    /** Fields a user may name, and the index field each stands for. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "title"),
            Map.entry("content", "content"),
            Map.entry("text", "content"),
            Map.entry("type", "type"),
            Map.entry("department", "department"),
            Map.entry("dept", "department"),
            Map.entry("producer", "producer"),
            Map.entry("tag", "tags"),
            Map.entry("tags", "tags"),
            Map.entry("year", "year"),
            Map.entry("language", "language"),
            Map.entry("lang", "language"));

    static final List<String> SURFACE_FIELDS = List.of("title^3", "content", "producer", "tags^2");
    static final List<String> MORPH_FIELDS = List.of("title_morph^3", "content_morph");
    static final int MAX_LENGTH = 500;

    record Parsed(String surface, String morph) {}

    private final KoreanMorphemes korean;

    ArchiveQueryParser(KoreanMorphemes korean) {
        this.korean = korean;
    }

    private static String fieldNames() {
        return String.join(", ", FIELDS.keySet().stream().sorted().toList());
    }

    Parsed parse(String query) {
        if (query.length() > MAX_LENGTH) {
            throw new InvalidArchiveQueryException(
                    Problem.TOO_LONG, "The query is too long: at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        StringBuilder surface = new StringBuilder();
        StringBuilder morph = new StringBuilder();
        int depth = 0;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '"') {
                int end = closingQuote(query, i);
                String inside = query.substring(i + 1, end);
                surface.append('"').append(inside).append('"');
                String morphemes = morphAll(inside);
                if (!morphemes.isEmpty()) {
                    morph.append('"').append(morphemes).append('"');
                }
                i = end + 1;
            } else if (Character.isLetter(c) && startsTerm(query, i) && fieldAt(query, i) != null) {
                String name = fieldAt(query, i);
                String field = FIELDS.get(name.toLowerCase(Locale.ROOT));
                if (field == null) {
                    throw new InvalidArchiveQueryException(
                            Problem.UNKNOWN_FIELD,
                            "Unknown field '" + name + ":'. Search in " + fieldNames() + ", or put the words in quotes",
                            name,
                            fieldNames());
                }
                i += name.length() + 1;
                int end = i < query.length() && query.charAt(i) == '"' ? closingQuote(query, i) + 1 : termEnd(query, i);
                String value = query.substring(i, end);
                if (value.isEmpty()) {
                    throw new InvalidArchiveQueryException(
                            Problem.NEEDS_VALUE, "'" + name + ":' needs a value, for example " + name + ":서울", name);
                }
                i = end;
                switch (field) {
                    case "title", "content" -> {
                        surface.append(field).append(':').append(escape(value));
                        String unquoted = value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
                        String morphemes = morphAll(unquoted);
                        morph.append(field)
                                .append("_morph:")
                                .append(
                                        value.startsWith("\"") || morphemes.contains(" ")
                                                ? '"' + morphemes + '"'
                                                : morphemes);
                    }
                    case "type" -> appendBoth(surface, morph, field + ":" + escape(value.toUpperCase(Locale.ROOT)));
                    case "language" -> appendBoth(surface, morph, field + ":" + escape(value.toLowerCase(Locale.ROOT)));
                    default -> appendBoth(surface, morph, field + ":" + escape(value));
                }
            } else if (isHangul(c)) {
                int end = i;
                while (end < query.length() && isHangul(query.charAt(end))) {
                    end++;
                }
                String word = query.substring(i, end);
                surface.append(word);
                List<String> morphemes = korean.morphemes(word);
                if (morphemes.size() == 1) {
                    morph.append(morphemes.getFirst());
                } else if (morphemes.size() > 1) {
                    morph.append('"').append(String.join(" ", morphemes)).append('"');
                }
                i = end;
            } else if (isLatin(c) && startsTerm(query, i)) {
                int end = i;
                while (end < query.length()
                        && (Character.isLetterOrDigit(query.charAt(end))
                                || query.charAt(end) == '.'
                                || query.charAt(end) == '_')
                        && !isHangul(query.charAt(end))) {
                    end++;
                }
                String word = query.substring(i, end);
                surface.append(word);
                // the morpheme fields hold English stems; the operators stay as they are
                morph.append(word.matches("AND|OR|NOT") ? word : KoreanMorphemes.stemEnglish(word));
                i = end;
            } else {
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth < 0) {
                    throw new InvalidArchiveQueryException(Problem.UNMATCHED_CLOSE, "A ')' has no matching '('");
                }
                // of the syntax only brackets, +, - and * stay; ?, !, ~, ^, / and the like are punctuation here
                appendBoth(
                        surface,
                        morph,
                        "()+-*".indexOf(c) >= 0
                                        || Character.isLetterOrDigit(c)
                                        || Character.isWhitespace(c)
                                        || c == '.'
                                        || c == '_'
                                        || c == '\''
                                ? String.valueOf(c)
                                : " ");
                i++;
            }
        }
        if (depth > 0) {
            throw new InvalidArchiveQueryException(Problem.UNCLOSED_OPEN, "A '(' is not closed: add the missing ')'");
        }
        String s = surface.toString().strip();
        String m = morph.toString().strip();
        if (s.matches("(?i).*(^|\\s)(AND|OR|NOT)\\s*$") || s.matches("(?i)^(AND|OR)(\\s.*|$)")) {
            throw new InvalidArchiveQueryException(
                    Problem.DANGLING_OPERATOR, "AND, OR and NOT need a word on both sides");
        }
        return new Parsed(s, m);
    }

    private String morphAll(String text) {
        return korean.analyse(text).replace("\"", "").strip().replaceAll("\\s+", " ");
    }

    private static void appendBoth(StringBuilder surface, StringBuilder morph, String piece) {
        surface.append(piece);
        morph.append(piece);
    }

    private static int closingQuote(String query, int open) {
        int end = query.indexOf('"', open + 1);
        if (end < 0) {
            throw new InvalidArchiveQueryException(
                    Problem.UNCLOSED_PHRASE, "A phrase is not closed: add the missing '\"'");
        }
        return end;
    }

    private static int termEnd(String query, int from) {
        int end = from;
        while (end < query.length()
                && !Character.isWhitespace(query.charAt(end))
                && query.charAt(end) != ')'
                && query.charAt(end) != '(') {
            end++;
        }
        return end;
    }

    private static boolean startsTerm(String query, int i) {
        return i == 0 || " \t(+-".indexOf(query.charAt(i - 1)) >= 0;
    }

    /** The field name if a {@code name:} starts at {@code i}. */
    private static String fieldAt(String query, int i) {
        int end = i;
        while (end < query.length() && (Character.isLetter(query.charAt(end)) || query.charAt(end) == '_')) {
            end++;
        }
        return end < query.length() && end > i && query.charAt(end) == ':' ? query.substring(i, end) : null;
    }

    private static String escape(String value) {
        if (value.startsWith("\"")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if ("+-=&|><!(){}[]^\"~?:\\/".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isHangul(char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F');
    }
}
