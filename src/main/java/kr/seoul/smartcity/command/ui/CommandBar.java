package kr.seoul.smartcity.command.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import kr.seoul.smartcity.command.domain.Match;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandService;

/**
 * The command bar in the top bar of every screen: a button (or / and Ctrl-K) opens a field where a command is typed
 * or, where the browser hears speech, said — by pressing the microphone or, when the person switched it on, by
 * saying "헤이 서울". What was heard is shown before it runs. Its script ({@code city-command.js}) is loaded by the
 * layout it sits in, as a component made by a Spring bean is out of the frontend bundler's sight.
 */
@StyleSheet("themes/city/command.css")
public class CommandBar extends Div {

    private final CommandService commands;
    private final CommandRunner runner;
    private final Asker asker;
    private final VoiceButton voice;
    private Dialog dialog;
    private CommandPanel panel;

    public CommandBar(CommandService commands, CommandRunner runner, Asker asker) {
        this.commands = commands;
        this.runner = runner;
        this.asker = asker;
        addClassName("command-bar");
        Button open = new Button(getTranslation("command.open"), VaadinIcon.SEARCH.create(), click -> open());
        open.setId("command-open");
        open.addClassName("command-open");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setAriaLabel(getTranslation("command.open.label"));
        open.getElement().setAttribute("title", getTranslation("command.open.label"));
        open.getElement().setAttribute("aria-keyshortcuts", "/ Control+K");
        voice = new VoiceButton("", this::open);
        voice.setId("command-voice");
        voice.addClassName("command-voice");
        voice.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        add(open, voice);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement()
                .executeJs(
                        "window.cityCommand.markVoice(); window.cityCommand.resumeWake(this, $0)",
                        CommandPanel.speechLanguage(getLocale()));
    }

    /** Opens the command field (empty and focused) and returns it; an open one stays as it is. */
    public CommandPanel open() {
        if (dialog != null && dialog.isOpened()) {
            panel.focus();
            return panel;
        }
        panel = new CommandPanel(commands, commands.targets(asker), match -> true, this::run);
        dialog = new Dialog();
        dialog.addClassName("command-dialog");
        dialog.setHeaderTitle(getTranslation("command.title"));
        VoiceButton speak = new VoiceButton(getTranslation("command.voice.short"), () -> panel);
        speak.setId("command-dialog-voice");
        Checkbox wake = new Checkbox(getTranslation("command.wake"));
        wake.setId("command-wake");
        wake.addClassName("voice-only");
        wake.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                getElement()
                        .executeJs(
                                "window.cityCommand.wake(this, $0, $1)",
                                CommandPanel.speechLanguage(getLocale()),
                                change.getValue());
            }
        });
        getElement().executeJs("return window.cityCommand.wakeOn()").then(Boolean.class, wake::setValue);
        Span noVoice = new Span(getTranslation("command.voice.none"));
        noVoice.addClassName("voice-none");
        Div voiceRow = new Div(speak, wake, noVoice);
        voiceRow.addClassName("command-voice-row");
        dialog.add(panel, voiceRow);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> dialog.close());
        close.setAriaLabel(getTranslation("command.close"));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        dialog.getHeader().add(close);
        Dialog opened = dialog;
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                // a closed dialog leaves the page: the next command starts afresh, with what may be seen by then
                getElement().executeJs("window.cityCommand.stop(this)");
                remove(opened);
            }
        });
        add(dialog);
        dialog.open();
        panel.focus();
        return panel;
    }

    private void run(Match match, boolean spoken) {
        dialog.close();
        runner.run(asker, match, spoken);
    }

    /** "헤이 서울" heard: with a command after it, that command; alone, listen for one. */
    @ClientCallable
    void woken(String rest) {
        if (rest.isBlank()) {
            voice.listen();
        } else {
            open().spoken(rest);
        }
    }
}
