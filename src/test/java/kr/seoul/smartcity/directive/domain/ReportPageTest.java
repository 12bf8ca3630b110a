package kr.seoul.smartcity.directive.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's text becomes pages to present: a title page, then a page per section, long sections broken at ---. */
class ReportPageTest {

    @Test
    void headingsAndBreaksStartPagesAndTheTitlePageKeepsTheIntroduction() {
        List<ReportPage> pages = ReportPage.split("11월 교통 현황 보고", """
                도시교통실이 보고합니다.

                # 1. 버스 운행
                평균 통행속도 19.2 km/h
                ---
                심야버스 14개 노선

                ## 2. 따릉이
                대여 52만 건
                """);
        assertThat(pages)
                .containsExactly(
                        new ReportPage("11월 교통 현황 보고", "도시교통실이 보고합니다."),
                        new ReportPage("1. 버스 운행", "평균 통행속도 19.2 km/h"),
                        new ReportPage("1. 버스 운행", "심야버스 14개 노선"),
                        new ReportPage("2. 따릉이", "대여 52만 건"));
    }

    @Test
    void aTextWithoutHeadingsIsOnePageAndABreakRightAfterAHeadingMakesNoEmptyPage() {
        assertThat(ReportPage.split("제목", "본문 한 줄")).containsExactly(new ReportPage("제목", "본문 한 줄"));
        assertThat(ReportPage.split("제목", "# 가\n---\n내용"))
                .containsExactly(new ReportPage("제목", ""), new ReportPage("가", "내용"));
    }
}
