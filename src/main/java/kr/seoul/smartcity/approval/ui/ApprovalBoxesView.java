package kr.seoul.smartcity.approval.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.service.ApprovalChanged;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.BatchResult;
import kr.seoul.smartcity.approval.service.Box;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;

/** 결재함: the six boxes of the signed-in official with counts, batch approval in 미결, live on every change. */
@Route("approval")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 11, title = "nav.approval", icon = "vaadin:file-text-o")
public class ApprovalBoxesView extends Main implements HasDynamicTitle {

    private final DirectoryService directory;

    private final ApprovalService approval;
    private final String username;
    private final Tabs tabs = new Tabs();
    private final Map<Box, Tab> tabOf = new EnumMap<>(Box.class);
    private final Map<Box, Span> countOf = new EnumMap<>(Box.class);
    private final Div list = new Div();
    private final Div batchResults = new Div();
    private final Button approveSelected = new Button();
    private final Map<Long, Checkbox> selected = new LinkedHashMap<>();
    private Box box = Box.TO_APPROVE;
    private int waiting = -1;

    ApprovalBoxesView(
            ApprovalService approval, CurrentUser currentUser, LiveEventBus events, DirectoryService directory) {
        this.directory = directory;
        this.approval = approval;
        this.username = currentUser.get().orElseThrow().getUsername();
        addClassNames("page", "approval-boxes");
        for (Box each : Box.values()) {
            Span count = new Span("0");
            count.addClassName("box-count");
            Tab tab = new Tab(new Span(getTranslation(each.labelKey())), count);
            tab.setId("box-" + each.name().toLowerCase().replace('_', '-'));
            tabOf.put(each, tab);
            countOf.put(each, count);
            tabs.add(tab);
        }
        tabs.addClassName("box-tabs");
        tabs.addSelectedChangeListener(change -> {
            tabOf.forEach((b, t) -> {
                if (t == change.getSelectedTab()) {
                    box = b;
                }
            });
            batchResults.removeAll();
            refresh();
        });
        Button newDraft = new Button(
                getTranslation("approval.new-draft"), click -> getUI().ifPresent(ui -> ui.navigate("approval/draft")));
        newDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newDraft.setId("new-draft");
        approveSelected.setText(getTranslation("approval.approve-selected"));
        approveSelected.setId("approve-selected");
        approveSelected.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approveSelected.addClickListener(click -> approveSelected());
        Div header = new Div(new H1(getTranslation("nav.approval")), newDraft);
        header.addClassName("approval-header");
        list.setId("approval-list");
        list.addClassName("approval-list");
        batchResults.setId("batch-results");
        add(header, tabs, approveSelected, batchResults, list);
        refresh();
        LiveUpdates.follow(this, events, ApprovalChanged.TOPIC, changed -> {
            if (changed.usernames().contains(username)) {
                refresh();
            }
        });
    }

    private void refresh() {
        int nowWaiting = 0;
        for (Box each : Box.values()) {
            int size = approval.box(username, each).size();
            countOf.get(each).setText(String.valueOf(size));
            if (each == Box.TO_APPROVE) {
                nowWaiting = size;
            }
        }
        if (waiting >= 0 && nowWaiting > waiting) {
            Notification.show(getTranslation("approval.arrived"), 5000, Notification.Position.TOP_END);
        }
        waiting = nowWaiting;
        approveSelected.setVisible(box == Box.TO_APPROVE);
        selected.clear();
        list.removeAll();
        List<ApprovalDocument> documents = approval.box(username, box);
        if (documents.isEmpty()) {
            list.add(new Paragraph(getTranslation("approval.box.empty")));
        }
        documents.forEach(doc -> list.add(row(doc)));
        approveSelected.setEnabled(box == Box.TO_APPROVE && !documents.isEmpty());
    }

    private Div row(ApprovalDocument doc) {
        Div row = new Div();
        row.addClassName("approval-row");
        row.getElement().setAttribute("data-document-id", String.valueOf(doc.id()));
        if (box == Box.TO_APPROVE) {
            Checkbox pick = new Checkbox();
            pick.addClassName("approval-pick");
            pick.setAriaLabel(doc.title());
            pick.getElement().setAttribute("data-revision", String.valueOf(doc.revision()));
            selected.put(doc.id(), pick);
            row.add(pick);
        }
        Anchor title = new Anchor("approval/document/" + doc.id(), doc.title());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("approval-title");
        Span number = new Span(doc.number() == null ? getTranslation("approval.no-number") : doc.number());
        number.addClassName("approval-number");
        Span form = new Span(getTranslation(doc.form().labelKey()));
        form.addClassName("approval-form");
        Span drafter = new Span(ApprovalUi.person(directory, doc.drafter()));
        drafter.addClassName("approval-drafter");
        Span date = new Span(ApprovalUi.time(doc.updatedAt(), getLocale()));
        date.addClassName("approval-date");
        Div meta = new Div(number, form, drafter, ApprovalUi.status(this, doc.status()), date);
        meta.addClassName("approval-meta");
        Div text = new Div(title, meta);
        text.addClassName("approval-row-text");
        row.add(text);
        return row;
    }

    private void approveSelected() {
        Map<Long, Long> revisions = new LinkedHashMap<>();
        selected.forEach((id, pick) -> {
            if (pick.getValue()) {
                revisions.put(id, Long.parseLong(pick.getElement().getAttribute("data-revision")));
            }
        });
        batchResults.removeAll();
        if (revisions.isEmpty()) {
            ApprovalUi.error(this, "approval.select-first");
            return;
        }
        List<BatchResult> results = approval.approveAll(ApprovalUi.actor(username), revisions, null);
        List<Paragraph> lines = new ArrayList<>();
        for (BatchResult result : results) {
            Paragraph line = new Paragraph(
                    result.approved()
                            ? getTranslation("approval.batch.approved", result.documentId())
                            : getTranslation(
                                    "approval.batch.refused",
                                    result.documentId(),
                                    getTranslation(
                                            result.messageKey() == null
                                                    ? ApprovalRefusedException.INVALID
                                                    : result.messageKey())));
            line.addClassName(result.approved() ? "batch-ok" : "batch-refused");
            lines.add(line);
        }
        lines.forEach(batchResults::add);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.approval") + " · " + getTranslation("app.title");
    }
}
