package kr.seoul.smartcity.base.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainMarkdownTest {

    @Test
    void htmlOutsideCodeIsShownAsTyped() {
        assertThat(PlainMarkdown.withoutHtml("# 계획\n<img src=x onerror=alert(1)> **굵게** a<b"))
                .isEqualTo("# 계획\n&lt;img src=x onerror=alert(1)> **굵게** a&lt;b");
    }

    @Test
    void codeKeepsItsCharacters() {
        String markdown = "`a<b` 와 <i>\n```\n<div>코드</div>\n```\n끝 <br>";
        assertThat(PlainMarkdown.withoutHtml(markdown)).isEqualTo("`a<b` 와 &lt;i>\n```\n<div>코드</div>\n```\n끝 &lt;br>");
    }

    @Test
    void textWithoutMarkupIsUnchanged() {
        assertThat(PlainMarkdown.withoutHtml("예산은 12억 원\n- 항목")).isEqualTo("예산은 12억 원\n- 항목");
        assertThat(PlainMarkdown.withoutHtml(null)).isEmpty();
    }
}
