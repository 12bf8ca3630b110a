package kr.seoul.smartcity.command.ui;

import kr.seoul.smartcity.command.domain.Match;
import org.springframework.modulith.NamedInterface;

/**
 * Carries out a command that is an action rather than a place: a call, a directive. Implemented by the feature that
 * owns the action, in the screen of the person who gave the command.
 */
@NamedInterface("ui")
public interface CommandAction {

    /** Does the action if it is this feature's; false when it is another's. */
    boolean perform(Match match);
}
