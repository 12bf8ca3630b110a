package kr.seoul.smartcity.dashboard.service;

import java.util.ArrayList;
import java.util.List;

import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.DepartmentNames;
import kr.seoul.smartcity.command.domain.TargetKind;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandSource;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.directory.service.DirectoryService;
import org.springframework.stereotype.Component;

/**
 * The dashboards the asker may open, by their names and, for a department's dashboard, the department's ("교통
 * 대시보드" finds 도시교통실's).
 */
@Component
class DashboardCommands implements CommandSource {

    private final DashboardService dashboards;
    private final DirectoryService directory;

    DashboardCommands(DashboardService dashboards, DirectoryService directory) {
        this.dashboards = dashboards;
        this.directory = directory;
    }

    @Override
    public List<CommandTarget> targets(Asker asker) {
        DashboardActor reader = new DashboardActor(asker.username(), asker.viewer());
        return dashboards.openable(reader).stream().map(this::target).toList();
    }

    private CommandTarget target(Dashboard dashboard) {
        List<String> aliases = new ArrayList<>(List.of(dashboard.slug().replace('-', ' ')));
        String department = dashboard.departmentCode();
        if (department != null) {
            directory.findDepartment(department).ifPresent(found -> {
                aliases.add(found.nameKo());
                aliases.add(found.nameEn());
                aliases.addAll(DepartmentNames.aliases(found.code(), found.nameKo()));
            });
        }
        return CommandTarget.page(
                TargetKind.DASHBOARD,
                dashboard.slug(),
                dashboard.nameKo(),
                dashboard.nameEn(),
                "dashboards/" + dashboard.slug(),
                aliases);
    }
}
