package kr.seoul.smartcity;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Digital Mayor's Office. Run it with {@code ./mvnw spring-boot:test-run} for the embedded default, or as a
 * jar pointed at PostgreSQL and Elasticsearch (see README).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/city/city.css")
// Korean in Noto Sans KR where the machine has no Korean font (OFL-1.1; see the module)
@NpmPackage(value = "@fontsource-variable/noto-sans-kr", version = "5.3.1")
@JsModule("./components/city-font.js")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addMetaTag("theme-color", "#0b3d91");
    }
}
