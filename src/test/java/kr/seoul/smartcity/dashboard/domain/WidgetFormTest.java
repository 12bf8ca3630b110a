package kr.seoul.smartcity.dashboard.domain;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which forms a reader may switch an indicator widget to, and how a stored widget is read back. */
class WidgetFormTest {

    @Test
    void aCityWideIndicatorHasNoDistrictFormsAndOneWithoutLevelsNoGauge() {
        assertThat(WidgetForm.forIndicator(false, true))
                .doesNotContain(WidgetForm.RANKING, WidgetForm.MAP)
                .contains(WidgetForm.GAUGE, WidgetForm.LINE);
        assertThat(WidgetForm.forIndicator(true, false))
                .contains(WidgetForm.RANKING, WidgetForm.MAP, WidgetForm.TABLE)
                .doesNotContain(WidgetForm.GAUGE);
        assertThat(WidgetForm.forIndicator(true, true)).containsExactly(WidgetForm.values());
    }

    @Test
    void aWidgetKeepsToTheGridAndToItsLanguage() {
        Widget widget =
                new Widget("w1", WidgetKind.TEXT, null, null, null, 40, 9, "en", "제목", "Title", "글", "Text", null);
        assertThat(widget.width()).isEqualTo(Widget.COLUMNS);
        assertThat(widget.height()).isEqualTo(3);
        assertThat(widget.form()).isEqualTo(WidgetForm.NUMBER);
        assertThat(widget.shownIn(Locale.ENGLISH)).isTrue();
        assertThat(widget.shownIn(Locale.KOREAN)).isFalse();
        assertThat(widget.title(Locale.KOREAN)).isEqualTo("제목");
        assertThat(new Layout(List.of()).pages()).hasSize(1);
    }
}
