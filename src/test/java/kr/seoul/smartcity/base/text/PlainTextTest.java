package kr.seoul.smartcity.base.text;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    @Test
    void controlCharactersAndOverridesGoLineBreaksStay() {
        assertThat(PlainText.clean("보고서\u0000\u0007 제목")).isEqualTo("보고서 제목");
        assertThat(PlainText.clean("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
        assertThat(PlainText.clean("a\u200Bb\uFEFFc")).isEqualTo("abc");
        assertThat(PlainText.clean("첫 줄\n\t둘째 줄\r\n")).isEqualTo("첫 줄\n\t둘째 줄\r\n");
        assertThat(PlainText.clean(null)).isNull();
    }

    @Test
    void hangulTypedAsSeparateJamoBecomesTheSameText() {
        String decomposed = Normalizer.normalize("서울시청", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("서울시청");
        assertThat(PlainText.clean(decomposed)).isEqualTo("서울시청");
    }
}
