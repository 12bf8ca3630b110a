package kr.seoul.smartcity.base.ui;

import java.util.Collections;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletContext;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives each push connection small Atmosphere buffers.
 * <p>
 * Atmosphere makes a 16 KiB byte buffer and a 16 K-character (32 KiB) char buffer for every websocket, because
 * Vaadin sets {@code org.atmosphere.websocket.bufferSize} to 16,384 when it starts Atmosphere. Atmosphere reads its
 * own parameters before the servlet's and the servlet context's, so a context parameter cannot change it; it reads
 * them again for each new websocket, so a value set once Vaadin has started Atmosphere applies to every connection.
 * The buffers are only for messages the browser streams to the server over the websocket, and this application's
 * browsers send over HTTP (Vaadin's websocket-XHR transport); should one ever arrive, Atmosphere grows them up to the
 * message size limits Vaadin sets, which stay as they are. For an open screen that only displays, this is about
 * 45 KiB less heap (BENCHMARKS.md, "Lighter screens").
 */
@Component
class SmallPushBuffers implements VaadinServiceInitListener {

    /** Bytes (and characters) of each websocket's buffers. */
    static final int BUFFER_SIZE = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SmallPushBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        ServletContext context = service.getServlet().getServletContext();
        int found = 0;
        for (String name : Collections.list(context.getAttributeNames())) {
            if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(BUFFER_SIZE));
                found++;
            }
        }
        if (found == 0) {
            LOG.warn("No Atmosphere framework in the servlet context: push connections keep Vaadin's 48 KiB of"
                    + " buffers each");
        }
    }
}
