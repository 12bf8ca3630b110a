package kr.seoul.smartcity.theme.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.theme.domain.ThemeItem;
import kr.seoul.smartcity.theme.service.ThemeDraft;
import org.jspecify.annotations.Nullable;

/** A theme page's own fields: address, order, titles and introductions in both languages, disclosure, published. */
class ThemeFields extends FormLayout {

    private final TextField slug = new TextField();
    private final TextField titleKo = new TextField();
    private final TextField titleEn = new TextField();
    private final TextArea introKo = new TextArea();
    private final TextArea introEn = new TextArea();
    private final IntegerField sortOrder = new IntegerField();
    private final Select<DisclosureClass> disclosure = new Select<>();
    private final Checkbox published = new Checkbox();

    ThemeFields() {
        slug.setLabel(getTranslation("theme.field.slug"));
        slug.setHelperText(getTranslation("theme.field.slug.help"));
        slug.setId("theme-slug");
        titleKo.setLabel(getTranslation("theme.field.title-ko"));
        titleKo.setId("theme-title-ko");
        titleKo.setRequiredIndicatorVisible(true);
        titleKo.setMaxLength(ThemeDraft.MAX_TITLE);
        titleEn.setLabel(getTranslation("theme.field.title-en"));
        titleEn.setId("theme-title-en");
        titleEn.setRequiredIndicatorVisible(true);
        titleEn.setMaxLength(ThemeDraft.MAX_TITLE);
        introKo.setLabel(getTranslation("theme.field.intro-ko"));
        introKo.setId("theme-intro-ko");
        introKo.setMaxLength(ThemeDraft.MAX_INTRO);
        introEn.setLabel(getTranslation("theme.field.intro-en"));
        introEn.setId("theme-intro-en");
        introEn.setMaxLength(ThemeDraft.MAX_INTRO);
        sortOrder.setLabel(getTranslation("theme.field.order"));
        sortOrder.setStepButtonsVisible(true);
        sortOrder.setId("theme-order");
        disclosure.setLabel(getTranslation("theme.field.disclosure"));
        disclosure.setItems(DisclosureClass.PUBLIC, DisclosureClass.INTERNAL);
        disclosure.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        disclosure.setId("theme-disclosure");
        published.setLabel(getTranslation("theme.field.published"));
        published.setId("theme-published");
        add(slug, sortOrder, titleKo, titleEn, introKo, introEn, disclosure, published);
    }

    /** Shows a stored theme's fields, its address fixed; or empty ones for a new theme. */
    void show(@Nullable ThemeDraft draft, boolean stored) {
        slug.setReadOnly(stored);
        slug.setValue(draft == null ? "" : draft.slug());
        titleKo.setValue(draft == null ? "" : draft.titleKo());
        titleEn.setValue(draft == null ? "" : draft.titleEn());
        introKo.setValue(draft == null ? "" : draft.introKo());
        introEn.setValue(draft == null ? "" : draft.introEn());
        sortOrder.setValue(draft == null ? 0 : draft.sortOrder());
        disclosure.setValue(draft == null ? DisclosureClass.PUBLIC : draft.disclosure());
        published.setValue(draft != null && draft.published());
    }

    /** The theme as the fields have it, with the given items. */
    ThemeDraft draft(List<ThemeItem> items) {
        return new ThemeDraft(
                slug.getValue(),
                titleKo.getValue(),
                titleEn.getValue(),
                introKo.getValue(),
                introEn.getValue(),
                sortOrder.getValue() == null ? 0 : sortOrder.getValue(),
                published.getValue(),
                disclosure.getValue(),
                items);
    }
}
