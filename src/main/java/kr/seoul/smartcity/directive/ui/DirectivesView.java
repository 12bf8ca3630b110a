package kr.seoul.smartcity.directive.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.service.Board;
import kr.seoul.smartcity.directive.service.DirectiveChanged;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * The directive board: for the mayor every directive (open with overdue ones first, reported done and waiting for
 * acceptance, done this week, and counts per department); for an official their department's directive box. Follows
 * every directive step live.
 */
@Route("directives")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 10.5, title = "nav.directives", icon = "vaadin:tasks")
public class DirectivesView extends Main implements HasDynamicTitle {

    private final DirectiveService directives;
    private final DirectoryService directory;
    private final Viewer viewer;
    private final Div summary = new Div();
    private final Div open = new Div();
    private final Div awaiting = new Div();
    private final Div done = new Div();
    private final Div departments = new Div();

    DirectivesView(
            DirectiveService directives, DirectoryService directory, CurrentUser currentUser, LiveEventBus events) {
        this.directives = directives;
        this.directory = directory;
        this.viewer = currentUser.viewer();
        addClassNames("page", "directives-view");
        boolean mayor = viewer.role() == Role.MAYOR || viewer.role() == Role.ADMIN;
        H1 title = new H1(getTranslation(mayor ? "directive.board.title" : "directive.box.title"));
        Paragraph lead = new Paragraph(
                mayor
                        ? getTranslation("directive.board.lead")
                        : getTranslation(
                                "directive.box.lead",
                                DirectiveTexts.department(
                                        directory,
                                        viewer.departmentCode() == null ? "" : viewer.departmentCode(),
                                        getLocale())));
        lead.addClassName("page-lead");
        summary.addClassName("directive-summary");
        summary.setId("directive-summary");
        open.setId("directives-open");
        awaiting.setId("directives-awaiting");
        done.setId("directives-done");
        departments.setId("directives-by-department");
        add(
                title,
                lead,
                summary,
                Card.grid(
                        Card.titled(getTranslation("directive.board.open"), open),
                        Card.titled(getTranslation("directive.board.awaiting"), awaiting)),
                Card.grid(
                        Card.titled(getTranslation("directive.board.by-department"), departments),
                        Card.titled(getTranslation("directive.board.done"), done)));
        refresh();
        LiveUpdates.follow(this, events, DirectiveChanged.TOPIC, changed -> refresh());
    }

    private void refresh() {
        Board board = directives.board(viewer);
        Instant now = directives.now();
        summary.removeAll();
        summary.add(
                tile("open", board.open().size()),
                tile("overdue", board.overdue().size()),
                tile("awaiting", board.awaitingAcceptance().size()),
                tile("done", board.doneThisWeek().size()));
        fill(open, board.open(), now);
        fill(awaiting, board.awaitingAcceptance(), now);
        fill(done, board.doneThisWeek(), now);
        departments.removeAll();
        if (board.byDepartment().isEmpty()) {
            departments.add(new Paragraph(getTranslation("directive.none")));
        }
        Div header = row(
                getTranslation("directive.board.department"),
                getTranslation("directive.board.count.open"),
                getTranslation("directive.board.count.overdue"),
                getTranslation("directive.board.count.done"));
        header.addClassName("directive-dept-header");
        if (!board.byDepartment().isEmpty()) {
            departments.add(header);
        }
        for (Board.DepartmentCount count : board.byDepartment()) {
            Div row = row(
                    DirectiveTexts.department(directory, count.departmentCode(), getLocale()),
                    String.valueOf(count.open()),
                    String.valueOf(count.overdue()),
                    String.valueOf(count.doneThisWeek()));
            row.getElement().setAttribute("data-department", count.departmentCode());
            row.getElement().getClassList().set("has-overdue", count.overdue() > 0);
            departments.add(row);
        }
    }

    private Div tile(String key, int count) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("directive-tile-number");
        Span label = new Span(getTranslation("directive.board.tile." + key));
        label.addClassName("directive-tile-label");
        Div tile = new Div(number, label);
        tile.addClassNames("directive-tile", "directive-tile-" + key);
        tile.setId("directive-count-" + key);
        tile.getElement().setAttribute("data-count", String.valueOf(count));
        return tile;
    }

    private static Div row(String department, String open, String overdue, String done) {
        Div row = new Div(new Span(department), new Span(open), new Span(overdue), new Span(done));
        row.addClassName("directive-dept-row");
        return row;
    }

    private void fill(Div list, List<Directive> items, Instant now) {
        list.removeAll();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("directive.none")));
        }
        items.forEach(directive -> list.add(new DirectiveCard(directive, directory, now)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.directives") + " · " + getTranslation("app.title");
    }
}
