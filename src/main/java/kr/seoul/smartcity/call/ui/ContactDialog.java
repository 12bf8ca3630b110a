package kr.seoul.smartcity.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import kr.seoul.smartcity.directory.domain.StaffMember;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** An administrator edits one official's rank, phone and duty. Bad input is shown on the field and kept. */
class ContactDialog extends Dialog {

    ContactDialog(DirectoryService directory, StaffMember member, SerializableRunnable saved) {
        setId("contact-dialog");
        setHeaderTitle(member.displayName());
        TextField rank = new TextField(getTranslation("directory.rank"));
        rank.setId("contact-rank");
        rank.setValue(member.rankTitle());
        rank.setMaxLength(40);
        TextField phone = new TextField(getTranslation("directory.phone"));
        phone.setId("contact-phone");
        phone.setValue(member.phone());
        phone.setMaxLength(40);
        Checkbox onDuty = new Checkbox(getTranslation("directory.on-duty"), member.onDuty());
        onDuty.setId("contact-on-duty");
        add(rank, phone, onDuty);
        Button save = new Button(getTranslation("directory.save"), click -> {
            try {
                directory.updateContact(member.username(), rank.getValue(), phone.getValue(), onDuty.getValue());
                close();
                saved.run();
            } catch (IllegalArgumentException e) {
                phone.setInvalid(true);
                phone.setErrorMessage(getTranslation("directory.invalid"));
            }
        });
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("call.cancel"), click -> close()), save);
    }
}
