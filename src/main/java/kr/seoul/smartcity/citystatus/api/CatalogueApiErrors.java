package kr.seoul.smartcity.citystatus.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.citystatus.service.CatalogueRefusedException;
import kr.seoul.smartcity.citystatus.service.InvalidCatalogueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the catalogue API answers a step that is not taken: 400 with a message per field, 403 for a step that is not
 * the person's to take, 404 for something unknown (or not theirs to see), 409 for a step the state does not allow.
 */
@RestControllerAdvice(assignableTypes = {AdminIndicatorController.class, AdminAreaController.class})
class CatalogueApiErrors {

    record Problem(String field, String message) {}

    @ExceptionHandler(InvalidCatalogueException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidCatalogueException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", e.getMessage());
        body.put(
                "problems",
                e.problems().stream()
                        .map(p -> new Problem(p.field(), p.english()))
                        .toList());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(CatalogueRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(CatalogueRefusedException e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status)
                .body(Map.of("status", status.value(), "error", e.getMessage(), "problems", List.of()));
    }
}
