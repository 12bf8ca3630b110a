package kr.seoul.smartcity.citystatus.ui;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LimitedUploads;
import kr.seoul.smartcity.base.ui.UploadTexts;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.CsvImportException;
import kr.seoul.smartcity.citystatus.service.CsvRowError;
import kr.seoul.smartcity.citystatus.service.DirectEntryService;
import kr.seoul.smartcity.citystatus.service.InvalidObservationException;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * Direct entry ("Manage Site"): officials enter or correct values of their department's indicators, one at a time
 * or as a CSV file. A file with a bad line is refused whole, every bad line named.
 */
@Route("manage")
@RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 20, title = "nav.manage", icon = "vaadin:edit")
public class ManageSiteView extends Main implements HasDynamicTitle {

    private final DirectEntryService entry;
    private final CityUser user;
    private final Viewer viewer;
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private final ComboBox<Optional<SeoulDistrict>> district = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final NumberField value = new NumberField();
    private final Div uploadResult = new Div();

    ManageSiteView(DirectEntryService entry, CurrentUser currentUser) {
        this.entry = entry;
        this.user = currentUser.get().orElseThrow();
        this.viewer = currentUser.viewer();
        addClassNames("page", "manage-view");

        List<Indicator> editable = entry.editableBy(viewer);
        Section single = singleEntry(editable);
        Upload upload = upload();
        uploadResult.setId("csv-result");
        Paragraph format = new Paragraph(getTranslation("manage.csv.format"));
        format.addClassName("page-lead");
        add(
                new H1(getTranslation("nav.manage")),
                Card.grid(single, Card.titled(getTranslation("manage.csv"), format, upload, uploadResult)));
    }

    /** One value of an indicator the user keeps, for a district or the city, at a time. */
    private Section singleEntry(List<Indicator> editable) {
        indicator.setLabel(getTranslation("manage.indicator"));
        indicator.setItems(editable);
        indicator.setItemLabelGenerator(i -> i.name(getLocale()) + " (" + Formats.unit(this, i) + ")");
        indicator.setRequiredIndicatorVisible(true);
        indicator.setId("entry-indicator");
        indicator.addValueChangeListener(change -> district.setEnabled(
                change.getValue() != null && change.getValue().perDistrict()));
        List<Optional<SeoulDistrict>> places = new ArrayList<>();
        places.add(Optional.empty());
        for (SeoulDistrict d : SeoulDistrict.values()) {
            places.add(Optional.of(d));
        }
        district.setLabel(getTranslation("manage.district"));
        district.setItems(places);
        district.setItemLabelGenerator(
                place -> place.map(d -> d.name(getLocale())).orElse(getTranslation("district.city")));
        district.setValue(Optional.empty());
        district.setId("entry-district");
        LocalDateTime now = LocalDateTime.now(Seoul.ZONE).truncatedTo(ChronoUnit.MINUTES);
        date.setLabel(getTranslation("manage.date"));
        date.setValue(now.toLocalDate());
        date.setLocale(getLocale());
        time.setLabel(getTranslation("manage.time"));
        time.setValue(now.toLocalTime());
        time.setStep(java.time.Duration.ofMinutes(10));
        time.setLocale(getLocale());
        value.setLabel(getTranslation("manage.value"));
        value.setRequiredIndicatorVisible(true);
        value.setId("entry-value");
        Button save = new Button(getTranslation("manage.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("entry-save");
        FormLayout form = new FormLayout(indicator, district, date, time, value);
        Section single = Card.titled(getTranslation("manage.single"), form, save);
        if (editable.isEmpty()) {
            single.add(new Paragraph(getTranslation("manage.nothing")));
        }
        return single;
    }

    /** Many values at once from a CSV file. */
    private Upload upload() {
        Upload upload = new Upload(LimitedUploads.inMemory(
                DirectEntryService.MAX_UPLOAD_BYTES,
                1,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> importFile(metadata.fileName(), bytes)))));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize((int) DirectEntryService.MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        upload.setId("csv-upload");
        UploadI18N uploadTexts = UploadTexts.create();
        uploadTexts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("manage.csv.choose")));
        uploadTexts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("manage.csv.drop")));
        uploadTexts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("manage.csv.too-big"))
                .setIncorrectFileType(getTranslation("manage.csv.type")));
        upload.setI18n(uploadTexts);
        upload.addFileRejectedListener(rejected -> showErrors(List.of(rejected.getErrorMessage())));
        return upload;
    }

    private void save() {
        if (indicator.getValue() == null
                || value.getValue() == null
                || date.getValue() == null
                || time.getValue() == null) {
            indicator.setInvalid(indicator.getValue() == null);
            value.setInvalid(value.getValue() == null);
            Notification.show(getTranslation("manage.required"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        String place = indicator.getValue().perDistrict() && district.getValue() != null
                ? district.getValue().map(SeoulDistrict::code).orElse(null)
                : null;
        try {
            entry.enter(
                    viewer,
                    user.displayName(),
                    new ObservationInput(
                            indicator.getValue().code(),
                            place,
                            date.getValue()
                                    .atTime(time.getValue())
                                    .atZone(Seoul.ZONE)
                                    .toInstant(),
                            value.getValue()));
            Notification.show(getTranslation("manage.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            value.clear();
        } catch (InvalidObservationException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void importFile(String fileName, byte[] bytes) {
        uploadResult.removeAll();
        if (!fileName.toLowerCase().endsWith(".csv")) {
            showErrors(List.of(getTranslation("manage.csv.type")));
            return;
        }
        try {
            int imported = entry.importCsv(
                    new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                    viewer,
                    user.displayName());
            Paragraph done = new Paragraph(getTranslation("manage.csv.imported", imported, fileName));
            done.addClassName("csv-success");
            uploadResult.add(done);
        } catch (CsvImportException refused) {
            List<String> lines = refused.errors().stream().map(this::describe).toList();
            showErrors(lines);
        }
    }

    private String describe(CsvRowError error) {
        return error.line() > 0 ? getTranslation("manage.csv.line", error.line(), error.message()) : error.message();
    }

    private void showErrors(List<String> messages) {
        uploadResult.removeAll();
        Paragraph summary = new Paragraph(getTranslation("manage.csv.refused"));
        summary.addClassName("csv-refused");
        UnorderedList list = new UnorderedList();
        list.setId("csv-errors");
        messages.forEach(message -> list.add(new ListItem(message)));
        uploadResult.add(summary, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.manage") + " · " + getTranslation("app.title");
    }
}
