package kr.seoul.smartcity.command.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.TargetKind;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandSource;
import kr.seoul.smartcity.directory.domain.Role;
import org.springframework.stereotype.Component;

/**
 * The screens of the navigation as command targets, named as the menu names them in both languages, with the other
 * words people use for them ({@code nav.approval.aliases}: 결재함, approval inbox …). A screen is offered to those its
 * route lets in: everyone, signed-in staff, or the roles it names.
 */
@Component
class ScreenCommands implements CommandSource {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final ServletContext servletContext;

    ScreenCommands(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    public List<CommandTarget> targets(Asker asker) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
        return routes.getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class))
                .filter(route -> mayOpen(route, asker))
                .map(ScreenCommands::target)
                .toList();
    }

    private static CommandTarget target(RouteData route) {
        String key = route.getNavigationTarget().getAnnotation(Menu.class).title();
        String path = route.getTemplate();
        List<String> aliases = java.util.stream.Stream.of(Locale.KOREAN, Locale.ENGLISH)
                .flatMap(locale -> Arrays.stream(text(key + ".aliases", locale).split(",")))
                .map(String::strip)
                .filter(alias -> !alias.isEmpty())
                .toList();
        return CommandTarget.page(
                TargetKind.SCREEN, path, text(key, Locale.KOREAN), text(key, Locale.ENGLISH), path, aliases);
    }

    private static boolean mayOpen(RouteData route, Asker asker) {
        Class<?> view = route.getNavigationTarget();
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        if (!asker.isStaff()) {
            return false;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        Role role = asker.viewer().role();
        return roles != null && role != null && Arrays.asList(roles.value()).contains(role.name());
    }

    private static String text(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException missing) {
            return "";
        }
    }
}
