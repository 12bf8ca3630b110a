package kr.seoul.smartcity.approval.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.TargetKind;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandSource;
import org.springframework.stereotype.Component;

/**
 * Documents by their titles and numbers: for staff the ones in their boxes (to approve, in progress, completed,
 * for reference), for everyone the documents published to citizens (원문공개).
 */
@Component
class DocumentCommands implements CommandSource {

    private static final int PUBLISHED = 200;

    private final ApprovalService approval;

    DocumentCommands(ApprovalService approval) {
        this.approval = approval;
    }

    @Override
    public List<CommandTarget> targets(Asker asker) {
        Map<String, CommandTarget> targets = new LinkedHashMap<>();
        String username = asker.username();
        if (asker.isStaff() && username != null) {
            for (Box box : List.of(Box.TO_APPROVE, Box.IN_PROGRESS, Box.COMPLETED, Box.REFERENCE)) {
                for (ApprovalDocument document : approval.box(username, box)) {
                    String id = String.valueOf(document.id());
                    targets.putIfAbsent(
                            id,
                            CommandTarget.page(
                                    TargetKind.DOCUMENT,
                                    id,
                                    document.title(),
                                    document.title(),
                                    "approval/document/" + id,
                                    numbers(document.number())));
                }
            }
        }
        for (PublishedDocument document : approval.published(PUBLISHED)) {
            String id = "public-" + document.id();
            targets.putIfAbsent(
                    id,
                    CommandTarget.page(
                            TargetKind.DOCUMENT,
                            id,
                            document.title(),
                            document.title(),
                            "documents/" + document.id(),
                            numbers(document.number())));
        }
        return List.copyOf(targets.values());
    }

    private static List<String> numbers(String number) {
        return number == null || number.isBlank() ? List.of() : List.of(number);
    }
}
