package kr.seoul.smartcity.dashboard.ui;

import com.vaadin.flow.component.Component;

/** A widget that keeps itself up to date (notices, the platform's state) or never changes (text). */
record FixedWidget(Component component) implements WidgetView {

    @Override
    public void refresh() {}
}
