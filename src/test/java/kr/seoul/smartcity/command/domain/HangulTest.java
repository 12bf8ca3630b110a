package kr.seoul.smartcity.command.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HangulTest {

    @Test
    void syllablesComeApartIntoTheirLetters() {
        assertThat(Hangul.letters("강남구")).isEqualTo("ㄱㅏㅇㄴㅏㅁㄱㅜ");
        assertThat(Hangul.letters("PM10 값")).isEqualTo("PM10 ㄱㅏㅄ");
    }

    @Test
    void initialConsonantsNameAWord() {
        assertThat(Hangul.initials("강남구 미세먼지")).isEqualTo("ㄱㄴㄱㅁㅅㅁㅈ");
        assertThat(Hangul.isInitialsOnly("ㄱㄴㄱ")).isTrue();
        assertThat(Hangul.isInitialsOnly("강ㄴㄱ")).isFalse();
    }

    @Test
    void compactFormIgnoresSpacesCaseAndPunctuation() {
        assertThat(Hangul.compact(" 재난·안전 ")).isEqualTo("재난안전");
        assertThat(Hangul.compact("Gangnam-gu")).isEqualTo("gangnamgu");
        // decomposed input (as some keyboards and speech engines give it) composes first
        assertThat(Hangul.compact("\u1100\u1161\u11BC")).isEqualTo("강");
    }

    @Test
    void oneLetterOffIsOneMistake() {
        assertThat(Similarity.distance(Hangul.letters("감남구"), Hangul.letters("강남구")))
                .isEqualTo(1);
        assertThat(Similarity.distance("gangnma", "gangnam")).isEqualTo(1);
    }
}
