package kr.seoul.smartcity.summary.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.ui.UiPush;
import kr.seoul.smartcity.security.service.RateLimit;
import kr.seoul.smartcity.security.ui.UiRateLimits;
import kr.seoul.smartcity.summary.domain.Passage;
import kr.seoul.smartcity.summary.domain.Summary;
import kr.seoul.smartcity.summary.domain.SummaryBullet;
import kr.seoul.smartcity.summary.domain.SummaryKind;
import kr.seoul.smartcity.summary.domain.SummarySection;
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
    private final Div result = new Div();
    private final Div meta = new Div();
    private final Button passagesToggle = new Button();
    private final Div passages = new Div();
    private final Map<String, Div> passageViews = new LinkedHashMap<>();
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
        result.setId("summary-result");
        result.addClassName("summary-result");
        meta.setId("summary-meta");
        meta.addClassName("summary-meta");
        passagesToggle.setId("summary-passages-toggle");
        passagesToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        passagesToggle.addClassName("summary-passages-toggle");
        passagesToggle.setVisible(false);
        passagesToggle.addClickListener(click -> openPassages(!passages.isVisible()));
        passages.setId("summary-passages");
        passages.addClassName("summary-passages");
        passages.setVisible(false);
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
        List<String> cited = new ArrayList<>();
        for (SummarySection section : SummarySection.values()) {
            List<SummaryBullet> bullets = summary.section(section);
            if (bullets.isEmpty()) {
                continue;
            }
            Div part = new Div(new H3(getTranslation(section.labelKey())));
            part.addClassName("summary-section");
            part.getElement().setAttribute("data-section", section.name());
            UnorderedList list = new UnorderedList();
            for (SummaryBullet bullet : bullets) {
                ListItem item = new ListItem();
                item.addClassName("summary-bullet");
                Span text = new Span(bullet.text());
                text.addClassName("summary-text");
                item.add(text);
                for (String id : bullet.citations()) {
                    if (!cited.contains(id)) {
                        cited.add(id);
                    }
                    int number = cited.indexOf(id) + 1;
                    Button cite = new Button(String.valueOf(number), click -> reveal(id));
                    cite.addClassName("summary-cite");
                    cite.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    cite.getElement().setAttribute("data-passage", id);
                    cite.getElement().setAttribute("aria-label", getTranslation("summary.cite", number));
                    cite.setTooltipText(snippet(byId.get(id)));
                    item.add(cite);
                }
                list.add(item);
            }
            part.add(list);
            result.add(part);
        }
        for (String id : cited) {
            Passage passage = byId.get(id);
            Span number = new Span(String.valueOf(cited.indexOf(id) + 1));
            number.addClassName("summary-passage-number");
            Div body = new Div();
            body.addClassName("summary-passage-body");
            if (passage != null && !passage.heading().isEmpty()) {
                Span heading = new Span(passage.heading());
                heading.addClassName("summary-passage-heading");
                body.add(heading);
            }
            body.add(new Span(passage == null ? id : passage.text()));
            Div view = new Div(number, body);
            view.setId("summary-passage-" + id);
            view.addClassName("summary-passage");
            passages.add(view);
            passageViews.put(id, view);
        }
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
        passagesToggle.setText(getTranslation("summary.passages", passageViews.size()) + (open ? " ▴" : " ▾"));
        passagesToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    private void reveal(String id) {
        openPassages(true);
        passageViews.forEach((key, view) -> view.removeClassName("highlighted"));
        Div view = passageViews.get(id);
        if (view != null) {
            view.addClassName("highlighted");
            view.scrollIntoView();
        }
    }

    private static String snippet(Passage passage) {
        if (passage == null) {
            return "";
        }
        return passage.text().length() > 160 ? passage.text().substring(0, 160) + "…" : passage.text();
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
        passages.removeAll();
        passages.setVisible(false);
        passagesToggle.setVisible(false);
        passageViews.clear();
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
