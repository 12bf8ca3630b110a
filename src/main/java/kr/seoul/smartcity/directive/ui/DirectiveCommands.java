package kr.seoul.smartcity.directive.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.DepartmentNames;
import kr.seoul.smartcity.command.domain.Match;
import kr.seoul.smartcity.command.domain.TargetKind;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandSource;
import kr.seoul.smartcity.command.ui.CommandAction;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * "지시: 도시교통실 강남대로 정체 대응 방안 보고" opens the directive form with the department chosen and the words as
 * its title, for those who may issue directives; and the reports the asker may read, by their titles.
 */
@Component
class DirectiveCommands implements CommandSource, CommandAction {

    private final DirectiveService directives;
    private final ReportService reports;
    private final DirectoryService directory;
    private final CurrentUser currentUser;

    DirectiveCommands(
            DirectiveService directives, ReportService reports, DirectoryService directory, CurrentUser currentUser) {
        this.directives = directives;
        this.reports = reports;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @Override
    public List<CommandTarget> targets(Asker asker) {
        List<CommandTarget> targets = new ArrayList<>();
        if (asker.isStaff()) {
            for (Report report : reports.queue(asker.viewer())) {
                targets.add(CommandTarget.page(
                        TargetKind.REPORT,
                        String.valueOf(report.id()),
                        report.title(),
                        report.title(),
                        "reports/" + report.id(),
                        List.of()));
            }
        }
        if (issuer(asker).isPresent()) {
            directory
                    .departments()
                    .forEach(department -> targets.add(CommandTarget.action(
                            TargetKind.DIRECTIVE,
                            department.code(),
                            department.nameKo(),
                            department.nameEn(),
                            DepartmentNames.aliases(department.code(), department.nameKo()))));
            targets.add(CommandTarget.action(TargetKind.DIRECTIVE, "", "지시 쓰기", "New directive", List.of()));
        }
        return targets;
    }

    private Optional<Actor> issuer(Asker asker) {
        String username = asker.username();
        if (username == null) {
            return Optional.empty();
        }
        Actor actor = new Actor(
                username, username, asker.viewer().role(), asker.viewer().departmentCode());
        return directives.mayIssue(actor) ? Optional.of(actor) : Optional.empty();
    }

    @Override
    public boolean perform(Match match) {
        if (match.target().kind() != TargetKind.DIRECTIVE) {
            return false;
        }
        Optional<Actor> issuer = Actors.current(currentUser).filter(directives::mayIssue);
        if (issuer.isEmpty()) {
            return false;
        }
        String department = match.target().key();
        DirectiveContext context = DirectiveContext.of(ContextKind.COMMAND, "", match.text(), "");
        DirectiveDialog dialog = new DirectiveDialog(
                directives, directory, issuer.get(), context, department.isEmpty() ? List.of() : List.of(department));
        dialog.writeTitle(match.text());
        dialog.open();
        return true;
    }
}
