package kr.seoul.smartcity.call.ui;

import java.util.List;

import kr.seoul.smartcity.call.domain.CallContext;
import kr.seoul.smartcity.call.domain.CallKind;
import kr.seoul.smartcity.call.domain.CallPolicy;
import kr.seoul.smartcity.call.domain.ContextType;
import kr.seoul.smartcity.call.service.CallService;
import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.DepartmentNames;
import kr.seoul.smartcity.command.domain.Match;
import kr.seoul.smartcity.command.domain.TargetKind;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandSource;
import kr.seoul.smartcity.command.ui.CommandAction;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * "call the traffic department", "안전총괄실 음성통화": a call to everyone on duty in a department, for staff who may
 * call; the call screen opens as from a call button.
 */
@Component
class CallCommands implements CommandSource, CommandAction {

    private final CallService calls;
    private final DirectoryService directory;
    private final CurrentUser currentUser;

    CallCommands(CallService calls, DirectoryService directory, CurrentUser currentUser) {
        this.calls = calls;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @Override
    public List<CommandTarget> targets(Asker asker) {
        if (!asker.isStaff() || !CallPolicy.mayCall(asker.viewer().role(), true)) {
            return List.of();
        }
        return directory.departments().stream()
                .map(department -> CommandTarget.action(
                        TargetKind.CALL,
                        department.code(),
                        department.nameKo(),
                        department.nameEn(),
                        DepartmentNames.aliases(department.code(), department.nameKo())))
                .toList();
    }

    @Override
    public boolean perform(Match match) {
        if (match.target().kind() != TargetKind.CALL) {
            return false;
        }
        String me = currentUser
                .get()
                .filter(user -> CallPolicy.mayCall(user.role(), user.isEnabled()))
                .map(CityUser::getUsername)
                .orElse(null);
        if (me == null) {
            return false;
        }
        CallKind kind = "VOICE".equals(match.text()) ? CallKind.VOICE : CallKind.VIDEO;
        String department = match.target().key();
        CallContext context = new CallContext(
                ContextType.DIRECTORY, department, match.target().labelKo());
        CallButtons.start(() -> calls.callDepartment(me, department, kind, context));
        return true;
    }
}
