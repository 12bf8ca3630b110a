package kr.seoul.smartcity.call.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.call.domain.CallContext;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.domain.StaffMember;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * The staff directory: departments and officials with rank, phone and whether they are on duty, searchable, with
 * video and voice calls to a department or a person. Administrators keep the entries up to date.
 */
@Route("directory")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 14, title = "nav.directory", icon = "vaadin:users")
public class DirectoryView extends Main implements HasDynamicTitle {

    private final DirectoryService directory;
    private final CallButtons callButtons;
    private final CityUser user;
    private final TextField search = new TextField();
    private final Div results = new Div();

    DirectoryView(DirectoryService directory, CallButtons callButtons, CurrentUser currentUser) {
        this.directory = directory;
        this.callButtons = callButtons;
        this.user = currentUser.get().orElseThrow();
        addClassNames("page", "directory-view");
        search.setId("directory-search");
        search.setPlaceholder(getTranslation("directory.search"));
        search.setAriaLabel(getTranslation("directory.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> show());
        search.addClassName("directory-search");
        results.setId("directory");
        results.addClassName("directory-list");
        add(new H1(getTranslation("nav.directory")), search, results);
        show();
    }

    private void show() {
        results.removeAll();
        List<StaffMember> found = directory.searchStaff(search.getValue());
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("directory.none")));
            return;
        }
        Map<String, List<StaffMember>> byDepartment = new LinkedHashMap<>();
        found.forEach(member -> byDepartment
                .computeIfAbsent(
                        member.departmentCode() == null ? "" : member.departmentCode(),
                        code -> new java.util.ArrayList<>())
                .add(member));
        byDepartment.forEach((code, members) -> results.add(department(code, members)));
    }

    private Section department(String code, List<StaffMember> members) {
        String name = code.isEmpty()
                ? getTranslation("directory.no-department")
                : members.getFirst().departmentName(getLocale());
        Section section = new Section();
        section.addClassNames("card", "directory-department");
        section.getElement().setAttribute("data-department", code);
        Div head = new Div(new H2(name));
        head.addClassName("directory-department-head");
        if (!code.isEmpty()) {
            callButtons.forDepartment(code, CallContext.directory()).ifPresent(head::add);
        }
        section.add(head);
        members.forEach(member -> section.add(person(member)));
        return section;
    }

    private Div person(StaffMember member) {
        Div row = new Div();
        row.addClassName("directory-person");
        row.getElement().setAttribute("data-username", member.username());
        Span name = new Span(member.displayName());
        name.addClassName("person-name");
        Span rank = new Span(
                member.rankTitle().isBlank() ? getTranslation(member.role().labelKey()) : member.rankTitle());
        rank.addClassName("person-rank");
        Span duty = new Span(getTranslation(member.onDuty() ? "directory.on-duty" : "directory.off-duty"));
        duty.addClassNames("person-duty", member.onDuty() ? "on-duty" : "off-duty");
        Div who = new Div(name, rank, duty);
        who.addClassName("person-who");
        row.add(who);
        if (!member.phone().isBlank()) {
            Anchor phone = new Anchor("tel:" + member.phone().replaceAll("[^0-9+]", ""), member.phone());
            phone.addClassName("person-phone");
            row.add(phone);
        }
        Div actions = new Div();
        actions.addClassName("person-actions");
        callButtons.forPerson(member.username(), CallContext.directory()).ifPresent(actions::add);
        if (user.role() == Role.ADMIN) {
            Button edit = new Button(
                    getTranslation("directory.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> new ContactDialog(directory, member, this::show).open());
            edit.addClassName("person-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(edit);
        }
        row.add(actions);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.directory") + " · " + getTranslation("app.title");
    }
}
