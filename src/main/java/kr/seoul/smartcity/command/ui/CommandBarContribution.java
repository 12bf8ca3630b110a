package kr.seoul.smartcity.command.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import kr.seoul.smartcity.command.service.CommandService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.shell.ui.NavbarContribution;
import org.springframework.core.annotation.Order;

/** The command bar on every screen, for citizens as for staff: each finds only what they may see. */
@org.springframework.stereotype.Component
@Order(0)
class CommandBarContribution implements NavbarContribution {

    private final CommandService commands;
    private final CommandRunner runner;
    private final CurrentUser currentUser;

    CommandBarContribution(CommandService commands, CommandRunner runner, CurrentUser currentUser) {
        this.commands = commands;
        this.runner = runner;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        return Optional.of(new CommandBar(commands, runner, Askers.current(currentUser)));
    }
}
