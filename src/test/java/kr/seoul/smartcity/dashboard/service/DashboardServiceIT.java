package kr.seoul.smartcity.dashboard.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.DashboardPage;
import kr.seoul.smartcity.dashboard.domain.Layout;
import kr.seoul.smartcity.dashboard.domain.Perspective;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dashboards as data: who may open and arrange them, disclosure per widget, versions, pins and every instance told. */
@CityIntegrationTest
class DashboardServiceIT {

    private static final DashboardActor ADMIN = new DashboardActor("admin", new Viewer(Role.ADMIN, "DIGITAL"));
    private static final DashboardActor SAFETY_OFFICIAL =
            new DashboardActor("safety", new Viewer(Role.OFFICIAL, "SAFETY"));
    private static final DashboardActor CLIMATE = new DashboardActor("climate", new Viewer(Role.OFFICIAL, "CLIMATE"));
    private static final DashboardActor MAYOR = new DashboardActor("mayor", new Viewer(Role.MAYOR, null));

    @Autowired
    DashboardService dashboards;

    @Autowired
    LiveEventBus events;

    private Dashboard withWidgets(Dashboard dashboard, Widget... widgets) {
        return dashboard.withLayout(new Layout(List.of(new DashboardPage(null, null, List.of(widgets)))));
    }

    @Test
    void theSeededScreensAreDashboardsAndCitizensOpenOnlyThePublicOnes() {
        assertThat(dashboards.open(DashboardActor.CITIZEN, "home", Locale.KOREAN))
                .get()
                .satisfies(home -> assertThat(home.layout().widgets().map(Widget::kind))
                        .contains(WidgetKind.INDICATOR, WidgetKind.KEY_TILES, WidgetKind.NOTICES));
        assertThat(dashboards.open(DashboardActor.CITIZEN, "kiosk", Locale.KOREAN))
                .get()
                .satisfies(kiosk -> assertThat(kiosk.layout().pages()).hasSize(5));
        assertThat(dashboards.open(DashboardActor.CITIZEN, "mayor", Locale.KOREAN))
                .isEmpty();
        assertThat(dashboards.open(MAYOR, "mayor", Locale.KOREAN))
                .get()
                .satisfies(office ->
                        assertThat(office.layout().widgets().map(Widget::kind)).contains(WidgetKind.PLATFORM_STATUS));
        assertThat(dashboards.office(SAFETY_OFFICIAL, Locale.KOREAN))
                .get()
                .extracting(Dashboard::slug)
                .isEqualTo("mayor");
    }

    @Test
    void anInternalWidgetIsRefusedOnACitizensDashboardAndNothingIsSaved() {
        Dashboard home = dashboards.forArranging(ADMIN, "home");
        List<Widget> widgets = new ArrayList<>(home.layout().pages().getFirst().widgets());
        widgets.add(Widget.indicator(dashboards.newWidgetId(), "BUDGET_EXECUTION", WidgetForm.NUMBER, 4, 1));
        Dashboard withInternal = home.withLayout(
                new Layout(List.of(home.layout().pages().getFirst().withWidgets(widgets))));

        assertThatThrownBy(() -> dashboards.save(ADMIN, withInternal, "try"))
                .isInstanceOfSatisfying(DashboardRefusedException.class, refused -> {
                    assertThat(refused.key()).isEqualTo("dashboard.refused.internal-on-public");
                    assertThat(refused.reason()).isEqualTo(DashboardRefusedException.Reason.CONFLICT);
                });
        assertThat(dashboards.forArranging(ADMIN, "home").version()).isEqualTo(home.version());
        assertThat(dashboards.forArranging(ADMIN, "home").layout().widgets().map(Widget::indicator))
                .doesNotContain("BUDGET_EXECUTION");
    }

    @Test
    void onAMixedDashboardOpenToCitizensTheInternalWidgetIsAbsentForThem() {
        Dashboard made = dashboards.create(ADMIN, "mixed-test", "혼합", "Mixed", Perspective.WALL, null);
        Dashboard open = new Dashboard(
                made.slug(),
                made.nameKo(),
                made.nameEn(),
                made.perspective(),
                null,
                null,
                true,
                null,
                made.layout(),
                made.version(),
                made.updatedBy(),
                made.updatedAt());
        dashboards.save(
                ADMIN,
                withWidgets(
                        open,
                        Widget.indicator(dashboards.newWidgetId(), "AIR_PM25", WidgetForm.RANKING, 6, 2),
                        Widget.indicator(dashboards.newWidgetId(), "BUDGET_EXECUTION", WidgetForm.NUMBER, 6, 1)),
                null);

        assertThat(dashboards.open(DashboardActor.CITIZEN, "mixed-test", Locale.KOREAN))
                .get()
                .satisfies(d ->
                        assertThat(d.layout().widgets().map(Widget::indicator)).containsExactly("AIR_PM25"));
        assertThat(dashboards.open(MAYOR, "mixed-test", Locale.KOREAN))
                .get()
                .satisfies(d -> assertThat(d.layout().widgets().map(Widget::indicator))
                        .containsExactly("AIR_PM25", "BUDGET_EXECUTION"));
    }

    @Test
    void aDepartmentArrangesItsOwnDashboardOnlyAndTheOfficeBecomesIt() {
        Dashboard safety = dashboards.create(
                ADMIN, DashboardService.departmentSlug("SAFETY"), "안전 현황", "Safety", Perspective.DEPARTMENT, "SAFETY");
        assertThatThrownBy(() ->
                        dashboards.create(SAFETY_OFFICIAL, "dept-own", "a", "b", Perspective.DEPARTMENT, "SAFETY"))
                .isInstanceOf(DashboardRefusedException.class);
        Dashboard arranged = dashboards.save(
                SAFETY_OFFICIAL,
                withWidgets(safety, Widget.indicator(dashboards.newWidgetId(), "AIR_PM25", WidgetForm.LINE, 6, 2)),
                "first");
        assertThat(arranged.version()).isEqualTo(2);
        assertThatThrownBy(() -> dashboards.save(CLIMATE, arranged, null))
                .isInstanceOfSatisfying(
                        DashboardRefusedException.class,
                        refused ->
                                assertThat(refused.reason()).isEqualTo(DashboardRefusedException.Reason.NOT_ALLOWED));
        assertThat(dashboards.office(SAFETY_OFFICIAL, Locale.KOREAN))
                .get()
                .extracting(Dashboard::slug)
                .isEqualTo("dept-safety");
        assertThat(dashboards.office(CLIMATE, Locale.KOREAN))
                .get()
                .extracting(Dashboard::slug)
                .isEqualTo("mayor");
        dashboards.delete(ADMIN, "dept-safety");
    }

    @Test
    void aSaveReadAtAnOldVersionIsRefusedAndAnEarlierVersionCanBeRestored() throws Exception {
        Dashboard wall = dashboards.forArranging(ADMIN, "wall");
        BlockingQueue<DashboardChanged> told = new LinkedBlockingQueue<>();
        try (var subscription = events.subscribe(DashboardChanged.TOPIC, told::add)) {
            Dashboard changed = dashboards.save(
                    ADMIN,
                    withWidgets(wall, Widget.indicator("wall-pm25-trend", "AIR_PM25", WidgetForm.BAR, 12, 2)),
                    "bars only");
            assertThat(told.poll(10, TimeUnit.SECONDS)).isEqualTo(new DashboardChanged("wall"));
            assertThatThrownBy(() -> dashboards.save(ADMIN, wall, "stale"))
                    .isInstanceOfSatisfying(
                            DashboardRefusedException.class,
                            refused -> assertThat(refused.key()).isEqualTo("dashboard.refused.changed"));

            Dashboard restored = dashboards.restore(ADMIN, "wall", wall.version());
            assertThat(restored.version()).isEqualTo(changed.version() + 1);
            assertThat(restored.layout()).isEqualTo(wall.layout());
            assertThat(dashboards.versions(ADMIN, "wall").getFirst().note()).isEqualTo("restored v" + wall.version());
        }
    }

    @Test
    void aFormTheIndicatorCannotTakeIsRefused() {
        Dashboard wall = dashboards.forArranging(ADMIN, "wall");
        assertThatThrownBy(() -> dashboards.save(
                        ADMIN,
                        withWidgets(
                                wall,
                                Widget.indicator(dashboards.newWidgetId(), "BUDGET_EXECUTION", WidgetForm.MAP, 6, 2)),
                        null))
                .isInstanceOfSatisfying(
                        DashboardRefusedException.class,
                        refused -> assertThat(refused.key()).isEqualTo("dashboard.refused.form"));
    }

    @Test
    void staffPinWidgetsToTheirOwnDashboardThatNobodyElseOpens() {
        Widget trend = dashboards
                .open(MAYOR, "wall", Locale.KOREAN)
                .orElseThrow()
                .layout()
                .widgets()
                .filter(w -> w.form() == WidgetForm.RANKING)
                .findFirst()
                .orElseThrow();
        Dashboard mine = dashboards.pin(MAYOR, trend);
        dashboards.pin(MAYOR, trend);
        assertThat(dashboards.personal(MAYOR)).get().satisfies(d -> {
            assertThat(d.layout().widgets()).hasSize(1);
            assertThat(d.layout().widgets().findFirst().orElseThrow().id()).isNotEqualTo(trend.id());
        });
        assertThat(dashboards.open(SAFETY_OFFICIAL, mine.slug(), Locale.KOREAN)).isEmpty();
        assertThat(dashboards.open(DashboardActor.CITIZEN, mine.slug(), Locale.KOREAN))
                .isEmpty();
        assertThatThrownBy(() -> dashboards.pin(DashboardActor.CITIZEN, trend))
                .isInstanceOf(DashboardRefusedException.class);
        dashboards.unpin(
                MAYOR, mine.layout().widgets().findFirst().orElseThrow().id());
        assertThat(dashboards.personal(MAYOR).orElseThrow().layout().widgets()).isEmpty();
    }

    @Test
    void onlyPublicWidgetsOfPublicDashboardsCanBeEmbedded() {
        assertThat(dashboards.embeddable("home-map")).isPresent();
        assertThat(dashboards.embeddable("mayor-map")).isEmpty();
        assertThat(dashboards.embeddable("no-such-widget")).isEmpty();
    }
}
