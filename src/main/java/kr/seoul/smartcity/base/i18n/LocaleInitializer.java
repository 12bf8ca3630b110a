package kr.seoul.smartcity.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new UI the visitor's remembered language (Korean unless they chose otherwise), and says it in the page's
 * {@code <html lang>} from the first byte, so that a screen reader speaks the page in the right voice before any
 * script runs.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
                .attr("lang", LanguagePreference.of(response.getVaadinRequest()).tag()));
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinService.getCurrentRequest();
            AppLanguage language = request == null ? AppLanguage.DEFAULT : LanguagePreference.of(request);
            init.getUI().setLocale(language.locale());
            init.getUI().getElement().executeJs("document.documentElement.lang = $0", language.tag());
        });
    }
}
