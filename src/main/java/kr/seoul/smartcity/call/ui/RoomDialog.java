package kr.seoul.smartcity.call.ui;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.call.domain.CallContext;
import kr.seoul.smartcity.call.domain.CallKind;
import kr.seoul.smartcity.call.service.CallService;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** Opens a named conference room and rings the departments invited to it. */
class RoomDialog extends Dialog {

    RoomDialog(
            CallService calls,
            DirectoryService directory,
            String caller,
            String suggestedName,
            Collection<String> suggestedDepartments,
            CallContext context) {
        setId("room-dialog");
        setHeaderTitle(getTranslation("call.room.open"));
        TextField name = new TextField(getTranslation("call.room.name"));
        name.setId("room-name");
        name.setValue(suggestedName == null ? "" : suggestedName);
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        name.setWidthFull();
        CheckboxGroup<Department> departments = new CheckboxGroup<>(getTranslation("call.room.departments"));
        departments.setId("room-departments");
        departments.setItems(directory.departments());
        departments.setItemLabelGenerator(department -> department.name(getLocale()));
        departments.setValue(directory.departments().stream()
                .filter(department -> suggestedDepartments.contains(department.code()))
                .collect(Collectors.toSet()));
        RadioButtonGroup<CallKind> kind = new RadioButtonGroup<>(getTranslation("call.room.kind"));
        kind.setItems(CallKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(CallKind.VIDEO);
        add(name, departments, kind);
        Button open = new Button(getTranslation("call.room.start"), click -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("call.refused.no-name"));
                return;
            }
            Set<String> codes =
                    departments.getValue().stream().map(Department::code).collect(Collectors.toSet());
            close();
            CallButtons.start(() -> calls.openRoom(caller, name.getValue(), codes, kind.getValue(), context));
        });
        open.setId("room-start");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("call.cancel"), click -> close());
        getFooter().add(cancel, open);
    }
}
