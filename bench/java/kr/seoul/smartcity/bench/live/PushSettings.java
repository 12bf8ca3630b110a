package kr.seoul.smartcity.bench.live;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two push configurations the benchmarks compare in one run: the application's own (application.properties)
 * and Vaadin's defaults, which the application's servlet context parameters are set back to.
 */
enum PushSettings {
    APPLICATION("application"),
    VAADIN_DEFAULT("Vaadin default");

    private final String label;

    PushSettings(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Properties that put the settings in place over application.properties. */
    Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (this == VAADIN_DEFAULT) {
            String context = "server.servlet.context-parameters";
            properties.put(context + "[org.atmosphere.cpr.AtmosphereConfig.getInitParameter]", "false");
            properties.put(context + "[org.apache.tomcat.websocket.textBufferSize]", "8192");
            properties.put(context + "[org.apache.tomcat.websocket.binaryBufferSize]", "8192");
        }
        return properties;
    }

    static PushSettings of(String name) {
        return name.equalsIgnoreCase("default") || name.equalsIgnoreCase("vaadin-default")
                ? VAADIN_DEFAULT
                : APPLICATION;
    }
}
