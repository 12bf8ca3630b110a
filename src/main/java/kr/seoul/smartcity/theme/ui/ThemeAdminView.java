package kr.seoul.smartcity.theme.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.civic.service.ProjectService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.theme.domain.CityTheme;
import kr.seoul.smartcity.theme.service.InvalidThemeException;
import kr.seoul.smartcity.theme.service.ThemeDraft;
import kr.seoul.smartcity.theme.service.ThemeEditor;
import kr.seoul.smartcity.theme.service.ThemeService;
import org.jspecify.annotations.Nullable;

/**
 * Administrators and officials compose the theme pages: titles and introductions in both languages, then indicators
 * and key projects chosen from those they may see, places by name and position, archive documents by their title, each
 * with a note; and publish or withdraw the page. {@code ?theme=walking} opens a theme, {@code ?new} starts one.
 */
@Route("admin/themes")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICIAL})
@Menu(order = 90.5, title = "nav.admin.themes", icon = "vaadin:open-book")
@StyleSheet("themes/city/theme-pages.css")
public class ThemeAdminView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ThemeService themes;
    private final ThemeEditor editor;
    private final ArchiveService archive;

    private final Div themeList = new Div();
    private final Section editorCard = new Section();
    private final ThemeFields fields = new ThemeFields();
    private final ThemeItemsEditor itemsEditor;
    private final Span error = new Span();
    private final Anchor publicPage = new Anchor();

    private @Nullable CityTheme current;

    ThemeAdminView(
            ThemeService themes,
            CityStatusService status,
            ProjectService projects,
            ArchiveService archive,
            ArchiveSearchService search,
            CurrentUser currentUser) {
        this.themes = themes;
        this.archive = archive;
        this.editor = currentUser
                .get()
                .map(user -> new ThemeEditor(user.getUsername(), user.role(), user.departmentCode()))
                .orElseThrow();
        itemsEditor = new ThemeItemsEditor(
                status.indicators(editor.viewer()), projects.projects(editor.viewer()), search, editor.viewer());
        addClassNames("page", "theme-admin");

        themeList.setId("theme-admin-list");
        themeList.addClassName("theme-admin-list");

        editorCard.add(fields, itemsEditor, actions());
        editorCard.addClassNames("card", "theme-editor");
        add(new H1(getTranslation("nav.admin.themes")), themeList, editorCard);
    }

    /** Save, the link to the public page, and what went wrong. */
    private Div actions() {
        Button save = new Button(getTranslation("theme.action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("theme-save");
        error.setId("theme-error");
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        publicPage.setId("theme-public-link");
        publicPage.getElement().setAttribute("router-link", true);
        Div actions = new Div(save, publicPage, error);
        actions.addClassName("theme-actions");
        return actions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        String chosen =
                query.getOrDefault("theme", List.of()).stream().findFirst().orElse(null);
        List<CityTheme> all = themes.all(editor);
        if (chosen == null && !query.containsKey("new") && !all.isEmpty()) {
            chosen = all.getFirst().slug();
        }
        open(all, chosen);
    }

    /** Shows the list of themes and the chosen one in the form; a new, empty one when none is chosen. */
    private void open(List<CityTheme> all, @Nullable String chosen) {
        showList(all, chosen);
        Optional<ThemeDraft> draft = chosen == null ? Optional.empty() : themes.draft(editor, chosen);
        load(draft.flatMap(found -> themes.find(editor, found.slug())).orElse(null), draft.orElse(null));
    }

    private void showList(List<CityTheme> all, @Nullable String selected) {
        themeList.removeAll();
        for (CityTheme theme : all) {
            Anchor link = new Anchor(
                    "admin/themes?theme=" + theme.slug(),
                    theme.title(getLocale())
                            + (theme.published() ? "" : " · " + getTranslation("theme.admin.unpublished")));
            link.getElement().setAttribute("router-link", true);
            link.getElement().setAttribute("data-theme", theme.slug());
            if (theme.slug().equals(selected)) {
                link.addClassName("selected");
                link.getElement().setAttribute("aria-current", "page");
            }
            themeList.add(link);
        }
        Anchor fresh = new Anchor("admin/themes?new", "+ " + getTranslation("theme.admin.new"));
        fresh.getElement().setAttribute("router-link", true);
        fresh.setId("theme-new");
        themeList.add(fresh);
    }

    private void load(@Nullable CityTheme theme, @Nullable ThemeDraft draft) {
        current = theme;
        error.setText("");
        fields.show(draft, theme != null);
        itemsEditor.setItems(draft == null ? List.of() : draft.items(), reference -> documentTitle(reference));
        publicPage.setVisible(theme != null);
        if (theme != null) {
            publicPage.setHref("civic/themes/" + theme.slug());
            publicPage.setText(
                    getTranslation(theme.published() ? "theme.admin.open-public" : "theme.admin.open-preview"));
        }
    }

    private Optional<String> documentTitle(String reference) {
        try {
            return archive.find(editor.viewer(), Long.parseLong(reference))
                    .map(found -> found.item().title());
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void save() {
        ThemeDraft draft = fields.draft(itemsEditor.items());
        try {
            CityTheme saved = themes.save(editor, draft, current == null ? null : current.version());
            Notification.show(
                            getTranslation(saved.published() ? "theme.saved.published" : "theme.saved.draft"),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            open(themes.all(editor), saved.slug());
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null,
                            new com.vaadin.flow.router.Location(
                                    "admin/themes", QueryParameters.of("theme", saved.slug()))));
        } catch (InvalidThemeException invalid) {
            String message = getTranslation(invalid.messageKey(), invalid.arguments());
            error.setText(message);
            Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.themes") + " · " + getTranslation("app.title");
    }
}
