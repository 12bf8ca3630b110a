package kr.seoul.smartcity.command.ui;

import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.Match;
import kr.seoul.smartcity.command.domain.Resolution;
import kr.seoul.smartcity.command.service.CommandService;
import org.springframework.modulith.NamedInterface;

/**
 * A command field with what it resolves to underneath, best first, while the person types or speaks: Enter runs the
 * best, the arrow keys move among the others. Used by the command bar (run here) and the remote (shown on a
 * display).
 */
@NamedInterface("ui")
public class CommandPanel extends Div {

    /** A chosen match, and whether it was spoken. */
    public interface Chooser {
        void choose(Match match, boolean spoken);
    }

    /** How long what was heard stays on screen before it runs, so the person sees what will happen. */
    private static final int SHOW_HEARD_MS = 1200;

    private final CommandService commands;
    private final List<CommandTarget> targets;
    private final Predicate<Match> offered;
    private final Chooser chooser;
    private final TextField input = new TextField();
    private final Span status = new Span();
    private final Div results = new Div();
    private Resolution resolution;

    public CommandPanel(
            CommandService commands, List<CommandTarget> targets, Predicate<Match> offered, Chooser chooser) {
        this.commands = commands;
        this.targets = targets;
        this.offered = offered;
        this.chooser = chooser;
        addClassName("command-panel");
        input.setId("command-input");
        input.addClassName("command-input");
        input.setWidthFull();
        input.setPlaceholder(getTranslation("command.placeholder"));
        input.setAriaLabel(getTranslation("command.label"));
        input.setPrefixComponent(VaadinIcon.SEARCH.create());
        input.setClearButtonVisible(true);
        input.setMaxLength(300);
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.setValueChangeTimeout(150);
        input.addValueChangeListener(change -> show(change.getValue()));
        input.addKeyDownListener(Key.ENTER, enter -> runBest(false));
        status.setId("command-status");
        status.addClassName("command-status");
        status.getElement().setAttribute("aria-live", "polite");
        results.setId("command-results");
        results.addClassName("command-results");
        results.getElement().setAttribute("role", "list");
        results.getElement().setAttribute("aria-label", getTranslation("command.results"));
        Span keys = new Span(getTranslation("command.keys"));
        keys.addClassName("command-keys");
        add(input, status, results, keys, slashKey());
    }

    /**
     * A person who speaks to the computer, or types with one finger, can switch off the single "/" key that opens
     * this panel (WCAG 2.1.4, KWCAG 2.1.4); Ctrl-K stays. The choice stays in this browser.
     */
    private Checkbox slashKey() {
        Checkbox slash = new Checkbox(getTranslation("command.slash-key"));
        slash.setId("command-slash-key");
        slash.addClassName("command-slash-key");
        slash.setValue(true);
        slash.getElement()
                .executeJs("return window.cityCommand ? window.cityCommand.slashKey() : true")
                .then(Boolean.class, slash::setValue);
        slash.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                slash.getElement()
                        .executeJs("window.cityCommand && window.cityCommand.slashKey($0)", change.getValue());
            }
        });
        return slash;
    }

    public void focus() {
        input.focus();
    }

    /** Words heard so far, while the person is still speaking. */
    public void hearing(String partial) {
        status.setText(getTranslation("command.hearing", partial));
    }

    public void listening(boolean on) {
        input.getElement().setAttribute("data-listening", on);
        status.setText(on ? getTranslation("command.listening") : "");
    }

    /**
     * The words of a spoken command: shown in the field with what they resolve to, then, after a moment in which
     * the person sees what will happen, run if they resolved to something and the field still says them.
     */
    public void spoken(String text) {
        input.setValue(text);
        show(text);
        status.setText(getTranslation("command.heard", text));
        if (best() != null) {
            getElement().executeJs("setTimeout(() => this.$server.confirmSpoken($0), $1)", text, SHOW_HEARD_MS);
        }
    }

    @ClientCallable
    void confirmSpoken(String text) {
        if (input.getValue().equals(text)) {
            runBest(true);
        }
    }

    /** The language speech is heard in, for the screen's language. */
    static String speechLanguage(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en-US" : "ko-KR";
    }

    public void say(String message) {
        status.setText(message);
    }

    private void show(String said) {
        results.removeAll();
        results.getElement().setAttribute("data-query", said);
        if (said.isBlank()) {
            resolution = null;
            status.setText("");
            return;
        }
        resolution = commands.resolve(targets, said);
        List<Match> shown = resolution.matches().stream().filter(offered).toList();
        if (shown.isEmpty()) {
            status.setText(getTranslation("command.nothing", said));
            return;
        }
        status.setText(
                getTranslation(resolution.suggestions() ? "command.suggestions" : "command.found", shown.size()));
        for (int i = 0; i < shown.size(); i++) {
            results.add(option(shown.get(i), i));
        }
    }

    private Button option(Match match, int index) {
        Span kind = new Span(getTranslation(match.target().kind().labelKey()));
        kind.addClassName("command-kind");
        Span label = new Span(match.label(getLocale()));
        label.addClassName("command-label");
        Button option = new Button();
        option.getElement().appendChild(kind.getElement(), label.getElement());
        if (match.period() != null && match.target().takesPeriod()) {
            Span period = new Span(getTranslation(match.period().labelKey()));
            period.addClassName("command-period");
            option.getElement().appendChild(period.getElement());
        }
        option.addClassName("command-option");
        option.setId("command-option-" + index);
        option.getElement().setAttribute("role", "listitem");
        option.getElement().setAttribute("data-target", match.target().id());
        String location = match.location();
        if (location != null) {
            option.getElement().setAttribute("data-location", location);
        }
        if (index == 0 && !resolution.suggestions()) {
            option.addClassName("command-best");
        }
        option.addClickListener(click -> chooser.choose(match, false));
        return option;
    }

    private void runBest(boolean spoken) {
        Match best = best();
        if (best != null) {
            chooser.choose(best, spoken);
        } else if (!input.getValue().isBlank()) {
            status.setText(getTranslation("command.choose"));
        }
    }

    private Match best() {
        if (resolution == null || resolution.suggestions()) {
            return null;
        }
        return resolution.matches().stream().filter(offered).findFirst().orElse(null);
    }
}
