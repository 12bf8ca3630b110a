package kr.seoul.smartcity.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.dashboard.domain.DashboardPage;
import kr.seoul.smartcity.dashboard.domain.Layout;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.service.DashboardActor;

/**
 * The dashboard editor's layout card: the pages as tabs with their titles, and the current page's widgets on the
 * twelve-column grid, with the row that adds widgets. It keeps the arrangement until the editor saves it.
 */
class LayoutEditor extends Section implements WidgetBox.PageArrangement {

    private final WidgetToolkit kit;
    private final DashboardActor actor;
    private final Tabs pageTabs = new Tabs();
    private final TextField pageTitleKo = new TextField();
    private final TextField pageTitleEn = new TextField();
    private final Div grid = new Div();
    private Layout layout;
    private int page;

    /** @param attempted runs whenever someone tries to add a widget */
    LayoutEditor(WidgetToolkit kit, DashboardActor actor, Layout layout, Runnable attempted) {
        this.kit = kit;
        this.actor = actor;
        this.layout = layout;
        pageTabs.addSelectedChangeListener(change -> {
            if (pageTabs.getSelectedIndex() >= 0 && pageTabs.getSelectedIndex() != page) {
                keepPageTitles();
                page = pageTabs.getSelectedIndex();
                showPage();
            }
        });
        Button addPage = new Button(getTranslation("dashboard.page.add"), VaadinIcon.PLUS.create(), click -> addPage());
        addPage.setId("editor-add-page");
        Button removePage = new Button(getTranslation("dashboard.page.remove"), click -> removePage());
        removePage.setId("editor-remove-page");
        pageTitleKo.setLabel(getTranslation("dashboard.page.title-ko"));
        pageTitleEn.setLabel(getTranslation("dashboard.page.title-en"));
        Div pageBar = new Div(pageTabs, addPage, removePage);
        pageBar.addClassName("editor-pages");
        Div pageTitles = new Div(pageTitleKo, pageTitleEn);
        pageTitles.addClassName("form-row");
        grid.addClassNames("dashboard-grid", "editor-grid");
        grid.setId("editor-grid");
        add(
                new H2(getTranslation("dashboard.layout")),
                pageBar,
                pageTitles,
                new Paragraph(getTranslation("dashboard.layout.help")),
                grid,
                new WidgetAdder(kit, actor, attempted, this::addWidget));
        addClassName("card");
        show(layout);
    }

    /** The arrangement as it stands, with the page titles as typed. */
    Layout layout() {
        keepPageTitles();
        return layout;
    }

    /** Shows another arrangement (as saved), staying on the same page. */
    void show(Layout shown) {
        layout = shown;
        showTabs();
        showPage();
    }

    @Override
    public void move(int from, int to) {
        List<Widget> widgets = new ArrayList<>(currentPage().widgets());
        if (from == to || from < 0 || to < 0 || from >= widgets.size() || to >= widgets.size()) {
            return;
        }
        widgets.add(to, widgets.remove(from));
        replacePage(currentPage().withWidgets(widgets));
    }

    @Override
    public void replace(int index, Widget widget) {
        List<Widget> widgets = new ArrayList<>(currentPage().widgets());
        widgets.set(index, widget);
        replacePage(currentPage().withWidgets(widgets));
    }

    @Override
    public void remove(int index) {
        List<Widget> widgets = new ArrayList<>(currentPage().widgets());
        widgets.remove(index);
        replacePage(currentPage().withWidgets(widgets));
    }

    private void addWidget(Widget widget) {
        List<Widget> widgets = new ArrayList<>(currentPage().widgets());
        widgets.add(widget);
        replacePage(currentPage().withWidgets(widgets));
    }

    private void showTabs() {
        pageTabs.removeAll();
        int n = 1;
        for (DashboardPage p : layout.pages()) {
            String name = p.title(getLocale());
            pageTabs.add(new Tab(name == null || name.isBlank() ? getTranslation("dashboard.page", n) : name));
            n++;
        }
        pageTabs.setSelectedIndex(page);
    }

    private void showPage() {
        DashboardPage current = currentPage();
        pageTitleKo.setValue(current.titleKo() == null ? "" : current.titleKo());
        pageTitleEn.setValue(current.titleEn() == null ? "" : current.titleEn());
        grid.removeAll();
        List<Widget> widgets = current.widgets();
        if (widgets.isEmpty()) {
            grid.add(new Paragraph(getTranslation("dashboard.empty")));
        }
        for (int i = 0; i < widgets.size(); i++) {
            grid.add(new WidgetBox(kit, actor, widgets.get(i), i, widgets.size(), this));
        }
    }

    private void addPage() {
        keepPageTitles();
        List<DashboardPage> pages = new ArrayList<>(layout.pages());
        pages.add(new DashboardPage(null, null, List.of()));
        layout = new Layout(pages);
        page = pages.size() - 1;
        showTabs();
        showPage();
    }

    private void removePage() {
        List<DashboardPage> pages = new ArrayList<>(layout.pages());
        if (pages.size() < 2) {
            return;
        }
        pages.remove(page);
        layout = new Layout(pages);
        page = Math.max(0, page - 1);
        showTabs();
        showPage();
    }

    private void keepPageTitles() {
        DashboardPage current = currentPage();
        String ko =
                pageTitleKo.getValue().isBlank() ? null : pageTitleKo.getValue().strip();
        String en =
                pageTitleEn.getValue().isBlank() ? null : pageTitleEn.getValue().strip();
        if (!Objects.equals(ko, current.titleKo()) || !Objects.equals(en, current.titleEn())) {
            List<DashboardPage> pages = new ArrayList<>(layout.pages());
            pages.set(page, new DashboardPage(ko, en, current.widgets()));
            layout = new Layout(pages);
        }
    }

    private DashboardPage currentPage() {
        return layout.pages().get(Math.min(page, layout.pages().size() - 1));
    }

    private void replacePage(DashboardPage replaced) {
        List<DashboardPage> pages = new ArrayList<>(layout.pages());
        pages.set(page, replaced);
        layout = new Layout(pages);
        showPage();
    }
}
