package kr.seoul.smartcity.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.dashboard.service.DashboardActor;

/**
 * A widget as the dashboard editor shows it: what it is, its size, and the buttons that move, resize or remove it;
 * it is also dragged by its handle and takes other widgets dropped on it.
 */
class WidgetBox extends Div {

    private final WidgetToolkit kit;
    private final DashboardActor actor;
    private final Widget widget;
    private final int index;
    private final PageArrangement page;

    WidgetBox(WidgetToolkit kit, DashboardActor actor, Widget widget, int index, int count, PageArrangement page) {
        this.kit = kit;
        this.actor = actor;
        this.widget = widget;
        this.index = index;
        this.page = page;
        Span handle = new Span("⠿");
        handle.addClassName("editor-handle");
        handle.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(describe());
        label.addClassName("editor-label");
        Span size = new Span(getTranslation("dashboard.size", widget.width(), widget.height())
                + (widget.language() == null ? "" : " · " + getTranslation("dashboard.language." + widget.language())));
        size.addClassName("editor-size");
        Div head = new Div(handle, label);
        head.addClassName("editor-box-head");
        add(head, size);
        if (widget.kind() == WidgetKind.INDICATOR && widget.indicator() != null) {
            addFormChoice(widget.indicator());
        }
        add(tools(count));
        addClassNames("editor-box", "widget", "w-" + widget.width(), "h-" + widget.height());
        getElement().setAttribute("data-widget", widget.id());
        getElement().setAttribute("data-index", String.valueOf(index));
        DragSource<Div> drag = DragSource.create(this);
        drag.setDragData(index);
        DropTarget<Div> drop = DropTarget.create(this);
        drop.addDropListener(dropped -> dropped.getDragData().ifPresent(from -> page.move((Integer) from, index)));
    }

    private void addFormChoice(String code) {
        kit.status.indicator(actor.viewer(), code).ifPresent(indicator -> {
            Select<WidgetForm> form = new Select<>();
            form.setItems(WidgetForm.forIndicator(indicator.perDistrict(), indicator.warnAt() != null));
            form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
            form.setValue(widget.form());
            form.setAriaLabel(getTranslation("widget.form", describe()));
            form.addClassName("editor-form");
            form.addValueChangeListener(change -> page.replace(index, widget.withForm(change.getValue())));
            add(form);
        });
    }

    private Div tools(int count) {
        Button earlier = small(VaadinIcon.ARROW_LEFT, "dashboard.move.earlier", () -> page.move(index, index - 1));
        earlier.setEnabled(index > 0);
        Button later = small(VaadinIcon.ARROW_RIGHT, "dashboard.move.later", () -> page.move(index, index + 1));
        later.setEnabled(index < count - 1);
        Button narrower = small(VaadinIcon.COMPRESS, "dashboard.narrower", () -> resize(widget.width() - 1, 0));
        narrower.setEnabled(widget.width() > 2);
        Button wider = small(VaadinIcon.EXPAND, "dashboard.wider", () -> resize(widget.width() + 1, 0));
        wider.setEnabled(widget.width() < Widget.COLUMNS);
        Button shorter = small(VaadinIcon.ANGLE_UP, "dashboard.shorter", () -> resize(widget.width(), -1));
        shorter.setEnabled(widget.height() > 1);
        Button taller = small(VaadinIcon.ANGLE_DOWN, "dashboard.taller", () -> resize(widget.width(), 1));
        taller.setEnabled(widget.height() < 3);
        Button remove = small(VaadinIcon.TRASH, "dashboard.remove", () -> page.remove(index));
        remove.addClassName("editor-remove");
        Div tools = new Div(earlier, later, narrower, wider, shorter, taller, remove);
        tools.addClassName("editor-tools");
        return tools;
    }

    private void resize(int width, int heightChange) {
        page.replace(index, widget.withSize(width, widget.height() + heightChange));
    }

    private String describe() {
        return switch (widget.kind()) {
            case INDICATOR ->
                kit.status
                        .indicator(actor.viewer(), String.valueOf(widget.indicator()))
                        .map(i -> i.name(getLocale()) + " · "
                                + getTranslation(widget.form().labelKey()))
                        .orElse(String.valueOf(widget.indicator()));
            case AREA_TILES ->
                getTranslation(widget.kind().labelKey()) + " · "
                        + kit.status
                                .area(String.valueOf(widget.area()))
                                .map(a -> a.name(getLocale()))
                                .orElse("");
            case TEXT ->
                getTranslation(widget.kind().labelKey())
                        + (widget.title(getLocale()) == null ? "" : " · " + widget.title(getLocale()));
            default -> getTranslation(widget.kind().labelKey());
        };
    }

    private Button small(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key, describe()));
        button.setTooltipText(getTranslation(key, describe()));
        button.addClassName("editor-" + key.substring(key.lastIndexOf('.') + 1));
        return button;
    }

    /** What a widget's box may do to the page it is on. */
    interface PageArrangement {

        void move(int from, int to);

        void replace(int index, Widget widget);

        void remove(int index);
    }
}
