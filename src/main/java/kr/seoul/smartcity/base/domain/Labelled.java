package kr.seoul.smartcity.base.domain;

/**
 * A value shown to people by its label, such as an enum's constants. The key names the label in the UI translations
 * (both languages); {@code TranslationsTest} checks that every constant of every labelled enum has one.
 */
public interface Labelled {

    /** Key of the label in the UI translations. */
    String labelKey();
}
