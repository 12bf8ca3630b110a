package kr.seoul.smartcity.archive.service;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReciprocalRankFusionTest {

    @Test
    void aDocumentHighInBothRankingsComesFirstAndEveryDocumentOnce() {
        List<Long> words = List.of(1L, 2L, 3L, 4L);
        List<Long> meaning = List.of(9L, 3L, 8L);
        List<Long> fused = ReciprocalRankFusion.fuse(List.of(words, meaning));
        assertThat(fused.getFirst()).isEqualTo(3L);
        assertThat(fused).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 8L, 9L);
        // equal scores keep the order of the words' ranking
        assertThat(fused.subList(1, 3)).containsExactly(1L, 9L);
    }

    @Test
    void oneRankingAloneKeepsItsOrder() {
        assertThat(ReciprocalRankFusion.fuse(List.of(List.of(5L, 6L, 7L), List.of())))
                .containsExactly(5L, 6L, 7L);
    }
}
