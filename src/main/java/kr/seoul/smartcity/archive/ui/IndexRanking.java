package kr.seoul.smartcity.archive.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEmbedder;

/** How archive searches are ranked: by words alone, or by words and meaning, with the embeddings' progress. */
class IndexRanking extends Div {

    IndexRanking() {
        setId("index-ranking");
    }

    void show(ArchiveEmbedder.Progress progress) {
        removeAll();
        IndexFigures grid = new IndexFigures();
        add(grid);
        if (!progress.configured()) {
            grid.figure(
                    "index-ranking-mode",
                    "archive.index.ranking.mode",
                    getTranslation("archive.index.ranking.lexical"));
            add(new Paragraph(getTranslation("archive.index.ranking.how-to")));
            return;
        }
        grid.figure("index-ranking-mode", "archive.index.ranking.mode", getTranslation("archive.index.ranking.hybrid"));
        grid.figure("index-ranking-model", "archive.index.ranking.model", progress.model());
        grid.figure("index-ranking-languages", "archive.index.ranking.languages", languages(progress.languages()));
        grid.figure(
                "index-embedded",
                "archive.index.ranking.embedded",
                getTranslation("archive.index.ranking.of", progress.embedded(), progress.items()));
        grid.figure("index-embedding-waiting", "archive.index.ranking.waiting", Long.toString(progress.waiting()));
        if (progress.failing() > 0) {
            grid.figure(
                    "index-embedding-failing",
                    "archive.index.ranking.failing",
                    progress.failing() + " · " + progress.lastError());
        }
        ProgressBar bar = new ProgressBar(0, Math.max(1, progress.items()), progress.embedded());
        bar.setId("index-embedding-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("archive.index.ranking.embedded"));
        add(bar);
    }

    /** The languages ranked by meaning, by name: all when the model lists none. */
    private String languages(List<String> codes) {
        if (codes.isEmpty()) {
            return getTranslation("archive.index.ranking.all-languages");
        }
        return String.join(
                ", ",
                codes.stream()
                        .map(code -> getTranslation(ArchiveLanguage.ofCode(code).labelKey()))
                        .toList());
    }
}
