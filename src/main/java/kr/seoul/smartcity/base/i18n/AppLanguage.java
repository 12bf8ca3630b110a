package kr.seoul.smartcity.base.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface. Korean is the default. */
public enum AppLanguage {
    KOREAN(Locale.KOREAN, "한국어"),
    ENGLISH(Locale.ENGLISH, "English");

    private final Locale locale;
    private final String nativeName;

    AppLanguage(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public static final AppLanguage DEFAULT = KOREAN;

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, so that anyone can find their own in the switch. */
    public String nativeName() {
        return nativeName;
    }

    public String tag() {
        return locale.getLanguage();
    }

    public static Optional<AppLanguage> fromTag(String tag) {
        return Arrays.stream(values())
                .filter(language -> language.tag().equalsIgnoreCase(tag))
                .findFirst();
    }

    public static AppLanguage of(Locale locale) {
        return fromTag(locale.getLanguage()).orElse(DEFAULT);
    }
}
