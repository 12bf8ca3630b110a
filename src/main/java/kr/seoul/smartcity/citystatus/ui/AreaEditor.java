package kr.seoul.smartcity.citystatus.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.service.AreaDraft;
import kr.seoul.smartcity.citystatus.service.AreaStewardship;
import kr.seoul.smartcity.citystatus.service.CatalogueActor;
import kr.seoul.smartcity.citystatus.service.CatalogueRefusedException;
import kr.seoul.smartcity.citystatus.service.FieldProblem;
import kr.seoul.smartcity.citystatus.service.InvalidCatalogueException;

/**
 * The list of areas, for administrators: pick one to rename or reorder it (a smaller order comes first) or retire it
 * when no indicator in use belongs to it; or fill the empty form to add one.
 */
class AreaEditor extends Dialog {

    private final AreaStewardship areas;
    private final CatalogueActor actor;
    private final Runnable onChange;
    private final Grid<IndicatorArea> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField nameKo = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<String> theme = new Select<>();
    private final IntegerField sortOrder = new IntegerField();
    private final Button retire = new Button();
    private IndicatorArea editing;

    AreaEditor(AreaStewardship areas, CatalogueActor actor, Runnable onChange) {
        this.areas = areas;
        this.actor = actor;
        this.onChange = onChange;
        addClassName("area-editor");
        setId("area-editor");
        setHeaderTitle(getTranslation("catalogue.areas"));
        getElement().setAttribute("aria-label", getTranslation("catalogue.areas"));

        setUpGrid();
        FormLayout form = form();
        Div buttons = buttons();
        add(grid, form, buttons);
        getFooter().add(new Button(getTranslation("catalogue.close"), click -> close()));
        refresh();
        edit(null);
    }

    /** Every area with its code, name, theme and order; choosing one edits it. */
    private void setUpGrid() {
        grid.setId("area-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(IndicatorArea::code)
                .setHeader(getTranslation("catalogue.area.code"))
                .setAutoWidth(true);
        grid.addColumn(a ->
                        a.name(getLocale()) + (a.retired() ? " · " + getTranslation("catalogue.retired-badge") : ""))
                .setHeader(getTranslation("catalogue.area.name"))
                .setFlexGrow(1);
        grid.addColumn(IndicatorArea::euTheme)
                .setHeader(getTranslation("catalogue.area.theme"))
                .setAutoWidth(true);
        grid.addColumn(IndicatorArea::sortOrder)
                .setHeader(getTranslation("catalogue.area.order"))
                .setAutoWidth(true);
        grid.setHeight("16em");
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
    }

    private FormLayout form() {
        code.setLabel(getTranslation("catalogue.area.code"));
        code.setId("area-code");
        code.setAllowedCharPattern("[A-Za-z0-9_]");
        code.setMaxLength(24);
        nameKo.setLabel(getTranslation("catalogue.field.nameKo"));
        nameKo.setId("area-name-ko");
        nameEn.setLabel(getTranslation("catalogue.field.nameEn"));
        nameEn.setId("area-name-en");
        theme.setLabel(getTranslation("catalogue.area.theme"));
        theme.setItems(AreaStewardship.EU_THEMES);
        theme.setItemLabelGenerator(t -> t + " · " + getTranslation("catalogue.theme." + t));
        theme.setId("area-theme");
        sortOrder.setLabel(getTranslation("catalogue.area.order"));
        sortOrder.setStepButtonsVisible(true);
        sortOrder.setId("area-order");
        FormLayout form = new FormLayout(code, theme, nameKo, nameEn, sortOrder);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        return form;
    }

    /** Save, start a new area, retire the one chosen. */
    private Div buttons() {
        Button save = new Button(getTranslation("catalogue.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("area-save");
        Button add = new Button(
                getTranslation("catalogue.area.new"),
                click -> grid.asSingleSelect().clear());
        retire.setText(getTranslation("catalogue.retire"));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.addClickListener(click -> retire());
        Div buttons = new Div(save, add, retire);
        buttons.addClassName("catalogue-buttons");
        return buttons;
    }

    private void edit(IndicatorArea area) {
        editing = area;
        code.setValue(area == null ? "" : area.code());
        code.setReadOnly(area != null);
        nameKo.setValue(area == null ? "" : area.nameKo());
        nameEn.setValue(area == null ? "" : area.nameEn());
        theme.setValue(area == null ? null : area.euTheme());
        sortOrder.setValue(area == null ? null : area.sortOrder());
        retire.setEnabled(area != null && !area.retired());
        for (HasValidation field : new HasValidation[] {code, nameKo, nameEn, theme}) {
            field.setInvalid(false);
        }
    }

    private void save() {
        AreaDraft draft = new AreaDraft(
                code.getValue().toUpperCase(),
                nameKo.getValue(),
                nameEn.getValue(),
                theme.getValue(),
                sortOrder.getValue());
        try {
            if (editing == null) {
                areas.create(actor, draft);
            } else {
                areas.update(actor, editing.code(), draft);
            }
            done("catalogue.area.saved");
        } catch (InvalidCatalogueException e) {
            Map<String, HasValidation> fields =
                    Map.of("code", code, "nameKo", nameKo, "nameEn", nameEn, "euTheme", theme);
            for (FieldProblem problem : e.problems()) {
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(
                            getTranslation(problem.key(), problem.arguments().toArray()));
                    field.setInvalid(true);
                }
            }
        } catch (CatalogueRefusedException e) {
            refused(e);
        }
    }

    private void retire() {
        try {
            areas.retire(actor, editing.code());
            done("catalogue.area.retired");
        } catch (CatalogueRefusedException e) {
            refused(e);
        }
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        grid.asSingleSelect().clear();
        edit(null);
        onChange.run();
    }

    private void refused(CatalogueRefusedException e) {
        Notification.show(getTranslation(e.key(), e.arguments().toArray()), 7000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(areas.areas(actor));
    }
}
