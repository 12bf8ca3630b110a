package kr.seoul.smartcity.usage.ui;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.usage.domain.UsageEvent;
import kr.seoul.smartcity.usage.service.UsageAnalytics;
import kr.seoul.smartcity.usage.service.UsageProperties;
import kr.seoul.smartcity.usage.service.UsageRecorder;

/**
 * My use of the platform (내 이용 기록): whether I agree to be recorded (off until I say yes; saying no forgets what
 * was recorded), for how long records are kept, and what was recorded of me.
 */
@Route("account/usage")
@PermitAll
@Menu(order = 98, title = "nav.my-usage", icon = "vaadin:line-bar-chart")
public class MyUsageView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Seoul.ZONE);

    private final UsageAnalytics analytics;
    private final String username;
    private final Duration kept;
    private final Grid<UsageEvent> records = new Grid<>();

    MyUsageView(UsageAnalytics analytics, UsageRecorder recorder, UsageProperties properties, CurrentUser currentUser) {
        this.analytics = analytics;
        this.username = currentUser.get().orElseThrow().getUsername();
        this.kept = properties.retention();
        addClassNames("page", "my-usage-view");
        Paragraph what = new Paragraph(
                getTranslation("usage.consent.what", properties.retention().toDays()));
        Checkbox consent = new Checkbox(
                getTranslation("usage.consent"), recorder.consent(username).orElse(false));
        consent.setId("usage-consent");
        consent.addValueChangeListener(change -> {
            recorder.decide(username, change.getValue());
            show();
        });
        records.setId("usage-mine");
        records.addColumn(use -> WHEN.format(use.at())).setHeader(getTranslation("usage.when"));
        records.addColumn(use -> getTranslation(use.kind().labelKey())).setHeader(getTranslation("usage.kind"));
        records.addColumn(UsageEvent::subject)
                .setHeader(getTranslation("usage.subject"))
                .setFlexGrow(3);
        records.addColumn(use -> getTranslation(use.device().labelKey())).setHeader(getTranslation("usage.device"));
        records.addColumn(use -> use.durationMillis() / 1000).setHeader(getTranslation("usage.average"));
        records.getElement().setAttribute("aria-label", getTranslation("usage.mine"));
        add(new H1(getTranslation("nav.my-usage")), what, consent, new H2(getTranslation("usage.mine")), records);
        show();
    }

    private void show() {
        List<UsageEvent> mine = analytics.own(username, kept).reversed();
        records.setItems(mine);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-usage") + " · " + getTranslation("app.title");
    }
}
