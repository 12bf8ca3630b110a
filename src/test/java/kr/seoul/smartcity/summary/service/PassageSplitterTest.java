package kr.seoul.smartcity.summary.service;

import java.util.List;

import kr.seoul.smartcity.summary.domain.Passage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassageSplitterTest {

    private final PassageSplitter splitter = new PassageSplitter();

    @Test
    void koreanSentencesEndAtTheirFullStopsButNotInsideNumbersOrListNumbers() {
        List<String> sentences = splitter.sentences("""
                1. 개요
                농도는 22.5㎍/㎥로 낮아졌다. 나쁨 일수는 19일이었음. 다음 계절관리제를 준비함!
                - 5등급 차량 단속 강화
                """);
        assertThat(sentences)
                .containsExactly("1. 개요 농도는 22.5㎍/㎥로 낮아졌다.", "나쁨 일수는 19일이었음.", "다음 계절관리제를 준비함!", "5등급 차량 단속 강화");
    }

    @Test
    void passagesAreNumberedInReadingOrderAndCarryTheirHeading() {
        List<Passage> passages = splitter.split(List.of(
                new PassageSplitter.Part("가", "첫 문장입니다. 둘째 문장입니다."), new PassageSplitter.Part("나", "셋째 문장입니다.")));
        assertThat(passages).extracting(Passage::id).containsExactly("p1", "p2", "p3");
        assertThat(passages.get(2).heading()).isEqualTo("나");
    }

    @Test
    void overLongSentencesAreCutAndChunksStayWithinTheirSize() {
        String long1 = "가나다 ".repeat(300);
        List<Passage> passages = splitter.split(long1);
        assertThat(passages)
                .allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_PASSAGE));
        List<List<Passage>> chunks = PassageSplitter.chunks(passages, 500);
        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks.stream().mapToInt(List::size).sum()).isEqualTo(passages.size());
    }
}
