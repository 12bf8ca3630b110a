package kr.seoul.smartcity.archive.service;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HangulSpellingTest {

    @Test
    void aTypoOfOneLetterIsNearerThanAnotherWordOfTheSameLength() {
        // one syllable apart from both, one letter (ㄲ for ㄱ) from 대책 only
        assertThat(HangulSpelling.nearest("대챆", List.of("대비", "대책"))).contains("대책");
        assertThat(HangulSpelling.nearest("미세먼디", List.of("미세먼저", "미세먼지"))).contains("미세먼지");
        assertThat(HangulSpelling.nearest("따릉니", List.of("따릉이", "따름이"))).contains("따릉이");
    }

    @Test
    void syllablesAreTakenApartIntoTheirLettersAndOtherTextStaysAsItIs() {
        assertThat(HangulSpelling.letters("책")).isEqualTo("\u110E\u1162\u11A8");
        assertThat(HangulSpelling.letters("비")).isEqualTo("\u1107\u1175");
        assertThat(HangulSpelling.letters("PM2.5 농도")).startsWith("PM2.5 ").hasSize(6 + 3 + 2);
        assertThat(HangulSpelling.distance(HangulSpelling.letters("대챆"), HangulSpelling.letters("대책")))
                .isEqualTo(1);
        assertThat(HangulSpelling.distance(HangulSpelling.letters("대챆"), HangulSpelling.letters("대비")))
                .isEqualTo(3);
    }

    @Test
    void amongEquallyNearSpellingsTheIndexsFirstIsKeptAndEnglishIsComparedAsTyped() {
        assertThat(HangulSpelling.nearest("bycicle", List.of("bicycle", "icicle")))
                .contains("bicycle");
        assertThat(HangulSpelling.nearest("parc", List.of("park", "pare"))).contains("park");
        assertThat(HangulSpelling.nearest("x", List.of())).isEmpty();
    }
}
