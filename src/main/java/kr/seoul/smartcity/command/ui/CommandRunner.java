package kr.seoul.smartcity.command.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import kr.seoul.smartcity.command.domain.Match;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandAnswer;
import kr.seoul.smartcity.usage.domain.UsageKind;
import kr.seoul.smartcity.usage.ui.Uses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Carries out a chosen command on the current screen: opens its place, or hands an action to its feature. */
@Component
public class CommandRunner {

    private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

    private final List<CommandAction> actions;
    private final List<CommandAnswer> answers;
    private final Uses uses;

    CommandRunner(List<CommandAction> actions, List<CommandAnswer> answers, Uses uses) {
        this.actions = List.copyOf(actions);
        this.answers = List.copyOf(answers);
        this.uses = uses;
    }

    /**
     * Runs the command; its answer (a value and its trend), if it has one, is shown and, for a spoken command, read
     * aloud.
     */
    public void run(Asker asker, Match match, boolean spoken) {
        UI ui = UI.getCurrent();
        uses.record(UsageKind.COMMAND, match.target().id());
        answer(asker, match, ui).ifPresent(text -> {
            Notification notification = Notification.show(text, 8000, Notification.Position.BOTTOM_CENTER);
            notification.addClassName("command-answer");
            if (spoken) {
                ui.getElement()
                        .executeJs(
                                "window.cityCommand && window.cityCommand.speak($0, $1)",
                                text,
                                ui.getLocale().toLanguageTag());
            }
        });
        String location = match.location();
        if (location != null) {
            Locations.open(ui, location);
            return;
        }
        for (CommandAction action : actions) {
            if (action.perform(match)) {
                return;
            }
        }
        Notification.show(ui.getTranslation("command.not-possible"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public Optional<String> answer(Asker asker, Match match, UI ui) {
        for (CommandAnswer answer : answers) {
            try {
                Optional<String> text = answer.answer(asker, match, ui.getLocale());
                if (text.isPresent()) {
                    return text;
                }
            } catch (RuntimeException e) {
                log.warn("No answer for {}: {}", match.target().id(), e.toString());
            }
        }
        return Optional.empty();
    }
}
