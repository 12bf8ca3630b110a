package kr.seoul.smartcity.base.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Keeps in a group's document only the schemas its operations reach, directly or through other schemas: springdoc
 * describes in every group the schemas of all the controllers it scanned, so without this the open data document
 * carried the administration API's request bodies.
 */
final class UsedSchemas implements OpenApiCustomizer {

    private static final Pattern REFERENCE = Pattern.compile("#/components/schemas/([^\"]+)\"");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(referencesIn(openApi.getPaths()));
        while (!toVisit.isEmpty()) {
            String name = toVisit.pop();
            if (used.add(name) && schemas.containsKey(name)) {
                toVisit.addAll(referencesIn(schemas.get(name)));
            }
        }
        schemas.keySet().retainAll(used);
    }

    private static Set<String> referencesIn(Object part) {
        Set<String> names = new HashSet<>();
        try {
            Matcher matcher = REFERENCE.matcher(Json.mapper().writeValueAsString(part));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the OpenAPI document's references", e);
        }
        return names;
    }
}
