package kr.seoul.smartcity;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
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
// installable on phones (standalone) from any page; the kiosk offers its own manifest (kiosk.webmanifest, full screen)
@PWA(
        name = "서울특별시 디지털 시민시장실",
        shortName = "시민시장실",
        description = "서울의 지금을 한눈에: 실시간 도시현황, 시정지표, 원문공개 — Seoul Smart City Platform",
        iconPath = "icons/icon.png",
        themeColor = Application.CITY_BLUE,
        backgroundColor = "#f4f7fc",
        display = "standalone",
        startPath = "")
public class Application implements AppShellConfigurator {

    /** The city blue of the theme, the browser's bar and the icon. */
    static final String CITY_BLUE = "#0b3d91";

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
