package kr.seoul.smartcity.archive.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: every ranking gives a document {@code 1 / (k + rank)}; documents are ordered by the sum.
 * It needs no comparable scores (BM25 and cosine similarity are not), and a document high in either ranking comes
 * up. Ties keep the order of the first ranking, then of the later ones.
 */
final class ReciprocalRankFusion {

    static final int K = 60;

    private ReciprocalRankFusion() {}

    static List<Long> fuse(List<List<Long>> rankings) {
        Map<Long, Double> scores = new LinkedHashMap<>();
        for (List<Long> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                scores.merge(ranking.get(rank), 1.0 / (K + rank + 1), Double::sum);
            }
        }
        List<Long> fused = new ArrayList<>(scores.keySet());
        fused.sort(Comparator.comparingDouble((Long id) -> scores.get(id)).reversed());
        return fused;
    }
}
