package kr.seoul.smartcity.dashboard.embed;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import kr.seoul.smartcity.dashboard.embed.EmbedWidgetData.Availability;
import kr.seoul.smartcity.dashboard.embed.EmbedWidgetData.Found;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A public widget for other sites' pages, {@code /embed/widget/{id}} ({@code ?lang=en} for English, Korean by
 * default): a small page without Vaadin and without a session, so that it works in a third-party frame where the
 * browser sends no cookies. It draws from {@code /data} and fetches that again whenever {@code /events} says that
 * new values of its indicator were recorded. Which sites may frame it is the administrators' list
 * ({@code EmbedSites}), sent as {@code frame-ancestors} by the security configuration.
 */
@Controller
@RequestMapping("/embed/widget")
class EmbedWidgetController {

    private static final Logger log = LoggerFactory.getLogger(EmbedWidgetController.class);
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final EmbedWidgetData widgets;
    private final EmbedEventStreams streams;

    EmbedWidgetController(EmbedWidgetData widgets, EmbedEventStreams streams) {
        this.widgets = widgets;
        this.streams = streams;
    }

    @GetMapping("/{id}")
    ResponseEntity<String> page(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request) {
        Locale locale = EmbedWidgetData.locale(lang);
        Found found = widgets.find(id);
        String contextPath = request.getContextPath();
        if (found.availability() == Availability.NOT_EMBEDDABLE) {
            return html(
                    HttpStatus.NOT_FOUND,
                    EmbedPage.unavailable(
                            locale, contextPath, "embed.widget.not-embeddable.title", "embed.widget.not-embeddable"));
        }
        if (found.availability() == Availability.NOT_FOUND) {
            return html(
                    HttpStatus.NOT_FOUND,
                    EmbedPage.unavailable(
                            locale, contextPath, "embed.widget.not-found.title", "embed.widget.not-found"));
        }
        String base = ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .build()
                .toUriString();
        String query = locale.equals(Locale.ENGLISH) ? "?lang=en" : "";
        return html(
                HttpStatus.OK,
                EmbedPage.widget(
                        widgets.data(found.widget(), found.indicator(), locale), locale, base, contextPath, query));
    }

    @GetMapping(value = "/{id}/data", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> data(@PathVariable String id, @RequestParam(required = false) @Nullable String lang) {
        Found found = widgets.find(id);
        if (found.availability() != Availability.EMBEDDABLE) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("status", 404, "error", "No public widget " + id + " to embed"));
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(widgets.data(found.widget(), found.indicator(), EmbedWidgetData.locale(lang)));
    }

    /** Server-Sent Events: {@code observations} whenever new values of the widget's indicator are recorded. */
    @GetMapping(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> events(@PathVariable String id) {
        Found found = widgets.find(id);
        if (found.availability() != Availability.EMBEDDABLE) {
            return ResponseEntity.notFound().build();
        }
        SseEmitter emitter = streams.open(found.indicator().code());
        if (emitter == null) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "60")
                    .build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no")
                .body(emitter);
    }

    /**
     * A failure (the database unreachable, say) answers here, briefly: the app's error page would send a framed page
     * to the sign-in page, which no other site may frame.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Void> failed(RuntimeException e) {
        log.warn("An embedded widget could not be drawn", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "60")
                .cacheControl(CacheControl.noStore())
                .build();
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
