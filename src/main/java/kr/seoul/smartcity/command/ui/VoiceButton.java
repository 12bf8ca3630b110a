package kr.seoul.smartcity.command.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.modulith.NamedInterface;

/**
 * Press to talk: listens for one command in the browser (Web Speech API) and hands the words heard to a command
 * panel, which shows them before it runs them. Shown only where the browser hears speech.
 */
@NamedInterface("ui")
public class VoiceButton extends Button {

    private final Supplier<CommandPanel> panel;
    private CommandPanel listening;

    /**
     * @param panel the panel that gets the words, opened if need be
     */
    public VoiceButton(String text, Supplier<CommandPanel> panel) {
        super(text, VaadinIcon.MICROPHONE.create());
        this.panel = panel;
        addClassName("voice-only");
        setAriaLabel(getTranslation("command.voice"));
        getElement().setAttribute("title", getTranslation("command.voice"));
        addClickListener(click -> listen());
    }

    public void listen() {
        listening = panel.get();
        listening.listening(true);
        getElement().executeJs("window.cityCommand.listen(this, $0)", CommandPanel.speechLanguage(getLocale()));
    }

    @ClientCallable
    void hearing(String partial) {
        if (listening != null) {
            listening.hearing(partial);
        }
    }

    @ClientCallable
    void heard(String text) {
        if (listening != null) {
            listening.listening(false);
            listening.spoken(text);
        }
    }

    @ClientCallable
    void stoppedListening(String reason) {
        if (listening != null) {
            listening.listening(false);
            listening.say(getTranslation(
                    "no-speech".equals(reason)
                            ? "command.voice.silence"
                            : "not-allowed".equals(reason) ? "command.voice.denied" : "command.voice.failed"));
        }
    }
}
