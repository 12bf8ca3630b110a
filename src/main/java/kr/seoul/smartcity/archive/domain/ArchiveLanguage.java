package kr.seoul.smartcity.archive.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** The language an item is written in; Korean text is also indexed as Nori morphemes. */
public enum ArchiveLanguage implements Labelled {
    KO("ko"),
    EN("en");

    private final String code;

    ArchiveLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ArchiveLanguage ofCode(String code) {
        for (ArchiveLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language " + code + " (ko or en)");
    }

    /** The language of a text: Korean when it holds Hangul, English otherwise. */
    public static ArchiveLanguage of(CharSequence text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                ? KO
                : EN;
    }

    @Override
    public String labelKey() {
        return "archive.language." + name();
    }
}
