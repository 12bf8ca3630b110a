package kr.seoul.smartcity.civic.service;

import java.util.List;

import kr.seoul.smartcity.civic.domain.CityProject;
import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.TargetKind;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandSource;
import org.springframework.stereotype.Component;

/** The city's key projects (핵심사업) the asker may see, by their names. */
@Component
class ProjectCommands implements CommandSource {

    private final ProjectService projects;

    ProjectCommands(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public List<CommandTarget> targets(Asker asker) {
        return projects.projects(asker.viewer()).stream()
                .map(ProjectSummary::project)
                .map(ProjectCommands::target)
                .toList();
    }

    private static CommandTarget target(CityProject project) {
        return CommandTarget.page(
                TargetKind.PROJECT,
                project.code(),
                project.nameKo(),
                project.nameEn(),
                "civic/projects/" + project.code(),
                List.of(project.code().toLowerCase(java.util.Locale.ROOT)));
    }
}
