package kr.seoul.smartcity.summary.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.ui.UiPush;
import kr.seoul.smartcity.security.service.RateLimit;
import kr.seoul.smartcity.security.ui.UiRateLimits;
import kr.seoul.smartcity.summary.domain.Passage;
import kr.seoul.smartcity.summary.domain.Summary;
import kr.seoul.smartcity.summary.domain.SummaryKind;
import kr.seoul.smartcity.summary.service.SourceDocument;
import kr.seoul.smartcity.summary.service.SummaryEvent;
import kr.seoul.smartcity.summary.service.SummaryService;
import reactor.core.Disposable;

/**
 * "Summarise" for a document or a set of search results: the summary streams in by push, with progress through
 * the parts of a long document and a button to cancel; each line links to the passages it came from, listed below
 * it. The footer names the model and when it wrote the summary, or labels the extractive fallback and says why.
 * All text is set as text, never as HTML.
 */
public class SummaryPanel extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Seoul"));

    private final SummaryService service;
    private final Supplier<Optional<SourceDocument>> document;
    private final Button start = new Button();
    private final Button cancel = new Button();
    private final Div status = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final UnorderedList stream = new UnorderedList();
    private final SummaryResult result = new SummaryResult();
    private final Div meta = new Div();
    private final Button passagesToggle = new Button();
    private final CitedPassages passages = new CitedPassages();
    private Disposable running;
    private boolean finished;

    private final UiRateLimits rateLimits;

    public SummaryPanel(
            SummaryService service,
            UiRateLimits rateLimits,
            String titleKey,
            Supplier<Optional<SourceDocument>> document) {
        this.rateLimits = rateLimits;
        this.service = service;
        this.document = document;
        setId("summary-panel");
        addClassNames("card", "summary-panel");

        H2 title = new H2(getTranslation(titleKey));
        start.setText(getTranslation("summary.start"));
        start.setId("summary-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> begin());
        cancel.setText(getTranslation("summary.cancel"));
        cancel.setId("summary-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setVisible(false);
        cancel.addClickListener(click -> stop());
        Div head = new Div(title, start, cancel);
        head.addClassName("summary-head");

        status.setId("summary-status");
        status.addClassName("summary-status");
        status.getElement().setAttribute("aria-live", "polite");
        progress.setId("summary-progress");
        progress.setVisible(false);
        stream.setId("summary-stream");
        stream.addClassName("summary-stream");
        meta.setId("summary-meta");
        meta.addClassName("summary-meta");
        passagesToggle.setId("summary-passages-toggle");
        passagesToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        passagesToggle.addClassName("summary-passages-toggle");
        passagesToggle.setVisible(false);
        passagesToggle.addClickListener(click -> openPassages(!passages.isVisible()));
        add(head, status, progress, stream, result, meta, passagesToggle, passages);
    }

    private void begin() {
        if (!rateLimits.allow(this, RateLimit.SUMMARY)) {
            return;
        }
        stop();
        clear();
        Optional<SourceDocument> found = document.get();
        if (found.isEmpty()) {
            say("summary.unavailable");
            return;
        }
        SourceDocument doc = found.get();
        if (doc.passages().isEmpty()) {
            say("summary.empty");
            return;
        }
        UI ui = UI.getCurrent();
        UiPush.Sink push = UiPush.of(ui);
        AppLanguage language = AppLanguage.of(getLocale());
        start.setEnabled(false);
        cancel.setVisible(true);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        say("summary.preparing");
        getElement().setAttribute("data-state", "running");
        running = service.summarise(doc, language)
                .subscribe(
                        event -> push.offer(event.getClass(), () -> show(doc, event)),
                        error -> push.offer("error", () -> {
                            done();
                            say("summary.unavailable");
                        }));
    }

    private void show(SourceDocument doc, SummaryEvent event) {
        if (finished) {
            return;
        }
        switch (event) {
            case SummaryEvent.Started started -> {
                status.setText(getTranslation("summary.writing", started.model()));
                if (started.parts() > 1) {
                    progress.setIndeterminate(false);
                    progress.setValue(0.0);
                }
            }
            case SummaryEvent.Progress step -> {
                status.setText(getTranslation("summary.progress", step.done(), step.parts()));
                progress.setIndeterminate(false);
                progress.setValue((double) step.done() / step.parts());
            }
            case SummaryEvent.Partial partial -> {
                stream.removeAll();
                for (String line : partial.lines()) {
                    stream.add(new ListItem(line));
                }
            }
            case SummaryEvent.Finished done -> {
                finished = true;
                done();
                render(doc, done.summary());
            }
        }
    }

    private void render(SourceDocument doc, Summary summary) {
        stream.removeAll();
        status.setText("");
        Map<String, Passage> byId = new LinkedHashMap<>();
        doc.passages().forEach(passage -> byId.put(passage.id(), passage));
        List<String> cited = result.show(summary, byId, this::reveal);
        passages.show(cited, byId);
        passagesToggle.setVisible(!cited.isEmpty());
        openPassages(false);

        getElement().setAttribute("data-kind", summary.kind().name());
        getElement().setAttribute("data-state", "done");
        meta.getElement().setAttribute("data-kind", summary.kind().name());
        if (summary.kind() == SummaryKind.LLM) {
            meta.setText(getTranslation("summary.by-model", summary.model(), WHEN.format(summary.generatedAt())));
        } else {
            String reason = summary.fallbackReason() == null ? "NOT_CONFIGURED" : summary.fallbackReason();
            meta.setText(getTranslation("summary.extractive", getTranslation("summary.fallback." + reason)));
        }
    }

    private void openPassages(boolean open) {
        passages.setVisible(open);
        passagesToggle.setText(getTranslation("summary.passages", passages.count()) + (open ? " ▴" : " ▾"));
        passagesToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    private void reveal(String id) {
        openPassages(true);
        passages.highlight(id);
    }

    private void stop() {
        if (running != null && !running.isDisposed()) {
            running.dispose();
            done();
            if (!finished) {
                say("summary.cancelled");
                getElement().setAttribute("data-state", "cancelled");
            }
        }
        running = null;
    }

    private void done() {
        start.setEnabled(true);
        cancel.setVisible(false);
        progress.setVisible(false);
    }

    private void clear() {
        finished = false;
        stream.removeAll();
        result.removeAll();
        meta.setText("");
        meta.getElement().removeAttribute("data-kind");
        getElement().removeAttribute("data-kind");
        passages.clear();
        passagesToggle.setVisible(false);
    }

    private void say(String key) {
        status.setText(getTranslation(key));
    }

    /**
     * Stops the model when the browser window goes. A page that redraws itself (a live update of the document) puts
     * the panel back at once, so a running summary is left to finish there.
     */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (running != null && detachEvent.getUI().isClosing()) {
            running.dispose();
            running = null;
        }
        super.onDetach(detachEvent);
    }
}
