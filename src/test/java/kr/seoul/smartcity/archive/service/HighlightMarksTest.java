package kr.seoul.smartcity.archive.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightMarksTest {

    private static String marked(String match) {
        return HighlightMarks.OPEN + match + HighlightMarks.CLOSE;
    }

    @Test
    void markupInTheTextIsEscapedAndOnlyOurOwnTagsAreAdded() {
        String fragment = "<img src=x onerror=alert(1)> 서울시의 " + marked("미세먼지") + " <script>x()</script>";

        assertThat(HighlightMarks.toHtml(fragment))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; 서울시의 <em>미세먼지</em> &lt;script&gt;x()&lt;/script&gt;");
    }

    @Test
    void aMatchThatIsMarkupStaysText() {
        assertThat(HighlightMarks.toHtml(marked("<b onclick='x'>")))
                .isEqualTo("<em>&lt;b onclick=&#39;x&#39;&gt;</em>");
    }

    @Test
    void aFragmentWithoutMatchesIsPlainEscapedText() {
        assertThat(HighlightMarks.toHtml("a < b && \"c\"")).isEqualTo("a &lt; b &amp;&amp; &quot;c&quot;");
    }

    @Test
    void strayMarkersFromTheDocumentItselfNeverLeaveAnUnpairedTag() {
        String stray = "one " + HighlightMarks.OPEN + "two" + " three " + HighlightMarks.CLOSE + HighlightMarks.CLOSE;

        String html = HighlightMarks.toHtml(stray + " " + HighlightMarks.OPEN + "four");

        assertThat(html).isEqualTo("one <em>two three </em> four");
        assertThat(html).doesNotContain(HighlightMarks.OPEN).doesNotContain(HighlightMarks.CLOSE);
    }
}
