package kr.seoul.smartcity.directive.domain;

import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * The thing on screen a directive was issued from, so that everyone following the directive can open it.
 *
 * @param kind      an alert, an incident, a project ...
 * @param reference its identifier in its own feature (an alert's id, a project's code)
 * @param title     what people read
 * @param route     the address that shows it in this application, without a leading slash ({@code alerts})
 */
@NamedInterface("model")
public record DirectiveContext(ContextKind kind, String reference, String title, String route) {

    public DirectiveContext {
        Objects.requireNonNull(kind, "kind");
        reference = reference == null ? "" : reference;
        title = title == null ? "" : title.length() > 300 ? title.substring(0, 299) + "…" : title;
        route = route == null ? "" : route.startsWith("/") ? route.substring(1) : route;
    }

    public static DirectiveContext of(ContextKind kind, Object reference, String title, String route) {
        return new DirectiveContext(kind, String.valueOf(reference), title, route);
    }
}
