package kr.seoul.smartcity.security.web;

import java.security.SecureRandom;
import java.util.Base64;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives every Vaadin page a fresh CSP nonce: on the bootstrap's script tags and in the page's
 * Content-Security-Policy, so that no other script runs on it (see {@link ContentSecurityPolicy}).
 */
@Component
class PageSecurityHeaders implements VaadinServiceInitListener {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ContentSecurityPolicy policy;

    PageSecurityHeaders(ContentSecurityPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        boolean production = event.getSource().getDeploymentConfiguration().isProductionMode();
        event.addIndexHtmlRequestListener(response -> {
            if (!production) {
                response.getVaadinResponse().setHeader("Content-Security-Policy", policy.forDevelopmentPage());
                return;
            }
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            response.getDocument().getElementsByTag("script").attr("nonce", nonce);
            response.getVaadinResponse().setHeader("Content-Security-Policy", policy.forPage(nonce));
        });
    }
}
