package kr.seoul.smartcity.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.notice.domain.Severity;
import kr.seoul.smartcity.notice.service.InvalidNoticeException;
import kr.seoul.smartcity.notice.service.NoticeAuthor;
import kr.seoul.smartcity.notice.service.NoticeDraft;
import kr.seoul.smartcity.notice.service.NoticeService;
import kr.seoul.smartcity.security.service.CurrentUser;

/** Administrators post notices; every open screen that may show one receives it at once. */
@Route("admin/notices")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, title = "nav.admin.notices", icon = "vaadin:megaphone")
public class NoticeAdminView extends Main implements HasDynamicTitle {

    private final NoticeService notices;
    private final CurrentUser currentUser;

    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Select<Severity> severity = new Select<>();
    private final Select<DisclosureClass> disclosure = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private final ComboBox<SeoulDistrict> district = new ComboBox<>();

    NoticeAdminView(
            NoticeService notices,
            DirectoryService directory,
            CurrentUser currentUser,
            LiveEventBus events,
            CityStatusService status) {
        this.notices = notices;
        this.currentUser = currentUser;
        addClassNames("page", "notice-admin");

        setUpFields(directory, status, currentUser);

        Button post = new Button(getTranslation("notice.action.post"), click -> post());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.setId("notice-post");

        FormLayout form = new FormLayout(title, severity, disclosure, department, indicator, district, body);
        form.setColspan(body, 2);
        form.setColspan(title, 2);
        Section editor = new Section(form, post);
        editor.addClassNames("card", "notice-editor");

        add(
                new H1(getTranslation("nav.admin.notices")),
                editor,
                new NoticeBoard(notices, directory, events, currentUser.viewer(), 20));
    }

    /** Title, body, severity, disclosure, and whom it concerns: a department, an indicator, a district. */
    private void setUpFields(DirectoryService directory, CityStatusService status, CurrentUser currentUser) {
        title.setLabel(getTranslation("notice.field.title"));
        title.setMaxLength(NoticeDraft.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setId("notice-title");
        body.setLabel(getTranslation("notice.field.body"));
        body.setMaxLength(NoticeDraft.MAX_BODY);
        body.setId("notice-body");
        severity.setLabel(getTranslation("notice.field.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        severity.setValue(Severity.INFO);
        disclosure.setLabel(getTranslation("notice.field.disclosure"));
        disclosure.setItems(DisclosureClass.values());
        disclosure.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        disclosure.setValue(DisclosureClass.PUBLIC);
        disclosure.setId("notice-disclosure");
        department.setLabel(getTranslation("notice.field.department"));
        department.setItems(directory.departments());
        department.setItemLabelGenerator(value -> value.name(getLocale()));
        department.setClearButtonVisible(true);
        department.setHelperText(getTranslation("notice.field.department.help"));
        indicator.setLabel(getTranslation("notice.field.indicator"));
        indicator.setItems(status.indicators(currentUser.viewer()));
        indicator.setItemLabelGenerator(value -> value.name(getLocale()));
        indicator.setClearButtonVisible(true);
        indicator.setHelperText(getTranslation("notice.field.indicator.help"));
        indicator.setId("notice-indicator");
        district.setLabel(getTranslation("notice.field.district"));
        district.setItems(SeoulDistrict.values());
        district.setItemLabelGenerator(value -> value.name(getLocale()));
        district.setClearButtonVisible(true);
        district.setHelperText(getTranslation("notice.field.district.help"));
        district.setId("notice-district");
    }

    private void post() {
        NoticeDraft draft = new NoticeDraft(
                title.getValue(),
                body.getValue(),
                severity.getValue(),
                disclosure.getValue(),
                department.getValue() == null ? null : department.getValue().code(),
                indicator.getValue() == null ? null : indicator.getValue().code(),
                district.getValue() == null ? null : district.getValue().code());
        try {
            NoticeAuthor author = currentUser
                    .get()
                    .map(user -> new NoticeAuthor(user.displayName(), user.role()))
                    .orElseThrow();
            notices.post(author, draft);
            Notification.show(getTranslation("notice.posted"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            title.clear();
            body.clear();
            indicator.clear();
            district.clear();
            title.setInvalid(false);
        } catch (InvalidNoticeException invalid) {
            String message = getTranslation(invalid.messageKey());
            if (invalid.messageKey().startsWith("notice.error.title")) {
                title.setErrorMessage(message);
                title.setInvalid(true);
            }
            Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.notices") + " · " + getTranslation("app.title");
    }
}
