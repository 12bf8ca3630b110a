package kr.seoul.smartcity.citystatus.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.domain.ChangeKind;
import kr.seoul.smartcity.citystatus.domain.FieldChange;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorCatalogueStore;
import kr.seoul.smartcity.citystatus.domain.IndicatorChange;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import kr.seoul.smartcity.citystatus.domain.ObservationStore;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.domain.Resolution;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keeping the catalogue: who may do what, history, retirement, four eyes for PUBLIC, and every instance told. */
@CityIntegrationTest
class CatalogueStewardshipIT {

    private static final CatalogueActor ADMIN = new CatalogueActor("admin", new Viewer(Role.ADMIN, "DIGITAL"));
    private static final CatalogueActor DEPUTY = new CatalogueActor("deputy", new Viewer(Role.OFFICIAL, "DIGITAL"));
    private static final CatalogueActor CLIMATE = new CatalogueActor("climate", new Viewer(Role.OFFICIAL, "CLIMATE"));
    private static final CatalogueActor CLIMATE_2 =
            new CatalogueActor("climate2", new Viewer(Role.OFFICIAL, "CLIMATE"));
    private static final CatalogueActor TRAFFIC = new CatalogueActor("traffic", new Viewer(Role.OFFICIAL, "TRAFFIC"));
    private static final CatalogueActor MAYOR = new CatalogueActor("mayor", new Viewer(Role.MAYOR, null));

    @Autowired
    CatalogueStewardship stewardship;

    @Autowired
    AreaStewardship areas;

    @Autowired
    IndicatorCatalog catalog;

    @Autowired
    IndicatorCatalogueStore store;

    @Autowired
    ObservationIngest ingest;

    @Autowired
    ObservationStore observations;

    @Autowired
    LiveEventBus events;

    private static IndicatorDraft draft(String code, String department, DisclosureClass disclosure) {
        return new IndicatorDraft(
                code,
                "시험 지표 " + code,
                "Test indicator " + code,
                "개소",
                "ECONOMY",
                department,
                disclosure,
                "",
                1440,
                false,
                true,
                10.0,
                20.0,
                0,
                900,
                new IndicatorMetadata(
                        "짧은 설명",
                        "Short description",
                        "긴 설명",
                        "Long description",
                        "활용",
                        "Use",
                        "시험 시스템",
                        "https://data.seoul.go.kr/dataList/OA-0000/S/1/datasetView.do",
                        "디지털정책관",
                        "2026-",
                        "공공누리 제1유형"));
    }

    private static IndicatorDraft edited(IndicatorDraft d, String unit, DisclosureClass disclosure) {
        return new IndicatorDraft(
                d.code(),
                d.nameKo(),
                d.nameEn(),
                unit,
                d.area(),
                d.owningDepartment(),
                disclosure,
                d.source(),
                d.updateMinutes(),
                d.perDistrict(),
                d.higherIsWorse(),
                d.warnAt(),
                d.dangerAt(),
                d.decimals(),
                d.sortOrder(),
                d.metadata());
    }

    @Test
    void anOfficialOfAnotherDepartmentIsRefusedAndTheMayorReadsOnly() {
        IndicatorDraft pm25 =
                edited(draft("AIR_PM25", "CLIMATE", DisclosureClass.PUBLIC), "µg/m³", DisclosureClass.PUBLIC);
        assertThatThrownBy(() -> stewardship.update(TRAFFIC, "AIR_PM25", pm25, null))
                .isInstanceOfSatisfying(CatalogueRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CatalogueRefusedException.Reason.NOT_ALLOWED);
                    assertThat(e.getMessage()).contains("CLIMATE");
                });
        assertThatThrownBy(() -> stewardship.retire(TRAFFIC, "AIR_PM25")).isInstanceOf(CatalogueRefusedException.class);
        assertThatThrownBy(
                        () -> stewardship.create(TRAFFIC, draft("CAT_OTHER_DEPT", "CLIMATE", DisclosureClass.INTERNAL)))
                .isInstanceOfSatisfying(
                        CatalogueRefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("catalogue.refused.other-department"));
        assertThatThrownBy(() -> stewardship.create(MAYOR, draft("CAT_MAYOR", "DIGITAL", DisclosureClass.INTERNAL)))
                .isInstanceOf(CatalogueRefusedException.class);
        assertThat(stewardship.entries(MAYOR)).extracting(CatalogueEntry::code).contains("AIR_PM25", "STAFF_ON_DUTY");
        assertThat(catalog.entry("CAT_OTHER_DEPT")).isEmpty();
        assertThat(catalog.find("AIR_PM25").orElseThrow().unit()).isEqualTo("µg/m³");
    }

    @Test
    void anAdministratorCreatesEditsAndRetiresAndEveryChangeIsKept() {
        CatalogueEntry created = stewardship.create(ADMIN, draft("CAT_LIFECYCLE", "DIGITAL", DisclosureClass.INTERNAL));
        assertThat(created.version()).isEqualTo(1);
        Viewer staff = new Viewer(Role.OFFICIAL, "TRAFFIC");
        assertThat(catalog.visibleTo(staff)).extracting(Indicator::code).contains("CAT_LIFECYCLE");
        assertThat(catalog.visibleTo(Viewer.CITIZEN))
                .extracting(Indicator::code)
                .doesNotContain("CAT_LIFECYCLE");
        assertThat(catalog.entry("CAT_LIFECYCLE").orElseThrow().metadata().datasetUrl())
                .startsWith("https://data.seoul.go.kr/");

        // an official of the owning department edits it too
        CatalogueEntry changed = stewardship.update(
                DEPUTY,
                "CAT_LIFECYCLE",
                edited(draft("CAT_LIFECYCLE", "DIGITAL", DisclosureClass.INTERNAL), "곳", DisclosureClass.INTERNAL),
                created.version());
        assertThat(changed.indicator().unit()).isEqualTo("곳");
        assertThat(catalog.find("CAT_LIFECYCLE").orElseThrow().unit()).isEqualTo("곳");

        Instant at = Instant.parse("2026-03-01T00:00:00Z");
        ingest.record(List.of(new ObservationInput("CAT_LIFECYCLE", null, at, 7)), Origin.MANUAL, "deputy");
        stewardship.retire(ADMIN, "CAT_LIFECYCLE");

        assertThat(catalog.visibleTo(staff)).extracting(Indicator::code).doesNotContain("CAT_LIFECYCLE");
        assertThat(catalog.all()).extracting(Indicator::code).doesNotContain("CAT_LIFECYCLE");
        assertThat(catalog.isRetired("CAT_LIFECYCLE")).isTrue();
        assertThatThrownBy(() -> ingest.record(
                        List.of(new ObservationInput("CAT_LIFECYCLE", null, at.plusSeconds(60), 8)),
                        Origin.MANUAL,
                        "deputy"))
                .isInstanceOf(InvalidObservationException.class)
                .hasMessageContaining("retired");
        assertThat(observations.series("CAT_LIFECYCLE", "", at.minusSeconds(1), at.plusSeconds(1), Resolution.RAW))
                .extracting(p -> p.value())
                .containsExactly(7.0);
        assertThatThrownBy(() -> stewardship.update(
                        ADMIN, "CAT_LIFECYCLE", draft("CAT_LIFECYCLE", "DIGITAL", DisclosureClass.INTERNAL), null))
                .isInstanceOfSatisfying(
                        CatalogueRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CatalogueRefusedException.Reason.CONFLICT));

        List<IndicatorChange> history = stewardship.history(MAYOR, "CAT_LIFECYCLE");
        assertThat(history)
                .extracting(IndicatorChange::kind)
                .containsExactly(ChangeKind.RETIRED, ChangeKind.UPDATED, ChangeKind.CREATED);
        assertThat(history).extracting(IndicatorChange::changedBy).containsExactly("admin", "deputy", "admin");
        assertThat(history.get(1).fieldChanges()).containsExactly(new FieldChange("unit", "개소", "곳"));
        assertThat(history.get(0).fieldChanges()).containsExactly(new FieldChange("retired", "false", "true"));
        assertThat(stewardship.entries(ADMIN))
                .filteredOn(CatalogueEntry::retired)
                .extracting(CatalogueEntry::code)
                .contains("CAT_LIFECYCLE");
    }

    @Test
    void aChangeMadeOnTopOfAnotherIsRefusedAndNothingIsLost() {
        CatalogueEntry created = stewardship.create(ADMIN, draft("CAT_RACE", "DIGITAL", DisclosureClass.INTERNAL));
        stewardship.update(
                DEPUTY,
                "CAT_RACE",
                edited(draft("CAT_RACE", "DIGITAL", DisclosureClass.INTERNAL), "곳", DisclosureClass.INTERNAL),
                created.version());
        assertThatThrownBy(() -> stewardship.update(
                        ADMIN,
                        "CAT_RACE",
                        edited(draft("CAT_RACE", "DIGITAL", DisclosureClass.INTERNAL), "건", DisclosureClass.INTERNAL),
                        created.version()))
                .isInstanceOfSatisfying(
                        CatalogueRefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("catalogue.refused.changed-meanwhile"));
        assertThat(catalog.find("CAT_RACE").orElseThrow().unit()).isEqualTo("곳");
    }

    @Test
    void makingAnIndicatorPublicTakesASecondPersonOfTheDepartmentOrAnAdministrator() {
        CatalogueEntry requested =
                stewardship.create(CLIMATE, draft("CAT_FOUR_EYES", "CLIMATE", DisclosureClass.PUBLIC));
        assertThat(requested.indicator().disclosure()).isEqualTo(DisclosureClass.INTERNAL);
        assertThat(requested.pending().requestedBy()).isEqualTo("climate");
        assertThat(catalog.visibleTo(Viewer.CITIZEN))
                .extracting(Indicator::code)
                .doesNotContain("CAT_FOUR_EYES");

        assertThatThrownBy(() -> stewardship.approveDisclosure(CLIMATE, "CAT_FOUR_EYES"))
                .isInstanceOfSatisfying(CatalogueRefusedException.class, e -> {
                    assertThat(e.key()).isEqualTo("catalogue.refused.four-eyes");
                    assertThat(e.getMessage()).contains("yourself");
                });
        assertThatThrownBy(() -> stewardship.approveDisclosure(TRAFFIC, "CAT_FOUR_EYES"))
                .isInstanceOf(CatalogueRefusedException.class);
        assertThat(catalog.visibleTo(Viewer.CITIZEN))
                .extracting(Indicator::code)
                .doesNotContain("CAT_FOUR_EYES");

        CatalogueEntry approved = stewardship.approveDisclosure(CLIMATE_2, "CAT_FOUR_EYES");
        assertThat(approved.indicator().disclosure()).isEqualTo(DisclosureClass.PUBLIC);
        assertThat(approved.pending()).isNull();
        assertThat(catalog.visibleTo(Viewer.CITIZEN))
                .extracting(Indicator::code)
                .contains("CAT_FOUR_EYES");
        assertThat(stewardship.history(ADMIN, "CAT_FOUR_EYES"))
                .extracting(IndicatorChange::kind)
                .containsExactly(ChangeKind.DISCLOSURE_APPROVED, ChangeKind.DISCLOSURE_REQUESTED, ChangeKind.CREATED);
        assertThat(stewardship.history(ADMIN, "CAT_FOUR_EYES").getFirst().changedBy())
                .isEqualTo("climate2");

        // disclosing less applies at once
        CatalogueEntry lowered = stewardship.update(
                CLIMATE, "CAT_FOUR_EYES", draft("CAT_FOUR_EYES", "CLIMATE", DisclosureClass.INTERNAL), null);
        assertThat(lowered.indicator().disclosure()).isEqualTo(DisclosureClass.INTERNAL);
        assertThat(catalog.visibleTo(Viewer.CITIZEN))
                .extracting(Indicator::code)
                .doesNotContain("CAT_FOUR_EYES");
    }

    @Test
    void aWaitingDisclosureCanBeRejectedOrWithdrawnAndAnEditKeepsItWaiting() {
        stewardship.create(ADMIN, draft("CAT_REJECT", "DIGITAL", DisclosureClass.INTERNAL));
        CatalogueEntry asked =
                stewardship.update(DEPUTY, "CAT_REJECT", draft("CAT_REJECT", "DIGITAL", DisclosureClass.PUBLIC), null);
        assertThat(asked.pending().disclosure()).isEqualTo(DisclosureClass.PUBLIC);
        CatalogueEntry edited = stewardship.update(
                DEPUTY,
                "CAT_REJECT",
                edited(draft("CAT_REJECT", "DIGITAL", DisclosureClass.PUBLIC), "곳", DisclosureClass.PUBLIC),
                null);
        assertThat(edited.pending().requestedBy()).isEqualTo("deputy");
        assertThat(edited.indicator().disclosure()).isEqualTo(DisclosureClass.INTERNAL);

        CatalogueEntry rejected = stewardship.rejectDisclosure(ADMIN, "CAT_REJECT");
        assertThat(rejected.pending()).isNull();
        assertThat(rejected.indicator().disclosure()).isEqualTo(DisclosureClass.INTERNAL);
        assertThatThrownBy(() -> stewardship.approveDisclosure(ADMIN, "CAT_REJECT"))
                .isInstanceOfSatisfying(
                        CatalogueRefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("catalogue.refused.nothing-pending"));

        stewardship.update(DEPUTY, "CAT_REJECT", draft("CAT_REJECT", "DIGITAL", DisclosureClass.PUBLIC), null);
        assertThat(stewardship.rejectDisclosure(DEPUTY, "CAT_REJECT").pending()).isNull();
    }

    @Test
    void everyFieldToFixIsNamedAndNothingIsWritten() {
        IndicatorDraft bad = new IndicatorDraft(
                "cat bad",
                "",
                "Bad",
                "",
                "NOWHERE",
                "DIGITAL",
                DisclosureClass.INTERNAL,
                null,
                0,
                false,
                true,
                20.0,
                10.0,
                9,
                null,
                new IndicatorMetadata(null, null, null, null, null, null, null, "ftp://example.org", null, null, null));
        assertThatThrownBy(() -> stewardship.create(ADMIN, bad))
                .isInstanceOfSatisfying(
                        InvalidCatalogueException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder(
                                        "code",
                                        "nameKo",
                                        "unit",
                                        "area",
                                        "updateMinutes",
                                        "decimals",
                                        "dangerAt",
                                        "datasetUrl"));
        assertThatThrownBy(() -> stewardship.create(ADMIN, draft("AIR_PM25", "DIGITAL", DisclosureClass.INTERNAL)))
                .isInstanceOfSatisfying(
                        InvalidCatalogueException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::key)
                                .containsExactly("catalogue.problem.code-taken"));
        assertThat(catalog.find("AIR_PM25").orElseThrow().owningDepartment()).isEqualTo("CLIMATE");
    }

    @Test
    void anAreaInUseCannotBeRetiredAndOnlyAdministratorsChangeAreas() {
        assertThatThrownBy(() -> areas.retire(ADMIN, "AIR"))
                .isInstanceOfSatisfying(
                        CatalogueRefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("catalogue.refused.area-in-use"));
        assertThatThrownBy(() -> areas.create(CLIMATE, new AreaDraft("HOUSING", "주택", "Housing", "REGI", 110)))
                .isInstanceOf(CatalogueRefusedException.class);
        areas.create(ADMIN, new AreaDraft("CAT_AREA", "시험 분야", "Test area", "regi", 120));
        assertThat(catalog.areas()).extracting(a -> a.code()).contains("CAT_AREA");
        areas.update(ADMIN, "CAT_AREA", new AreaDraft(null, "시험 분야 2", "Test area 2", "REGI", 5));
        assertThat(catalog.area("CAT_AREA").orElseThrow().nameKo()).isEqualTo("시험 분야 2");
        areas.retire(ADMIN, "CAT_AREA");
        assertThat(catalog.areas()).extracting(a -> a.code()).doesNotContain("CAT_AREA");
        IndicatorDraft inRetiredArea = new IndicatorDraft(
                "CAT_IN_RETIRED",
                "가",
                "A",
                "건",
                "CAT_AREA",
                "DIGITAL",
                DisclosureClass.INTERNAL,
                null,
                60,
                false,
                true,
                null,
                null,
                0,
                null,
                null);
        assertThatThrownBy(() -> stewardship.create(ADMIN, inRetiredArea))
                .isInstanceOfSatisfying(
                        InvalidCatalogueException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::key)
                                .containsExactly("catalogue.problem.area-retired"));
    }

    @Test
    void aChangeMadeOnAnotherInstanceReachesThisOnesCatalogueThroughTheEventBus() throws InterruptedException {
        // subscribers are called one at a time in the order they subscribed, and the catalogue subscribed first:
        // when this listener hears an event, the catalogue has dropped its copy
        BlockingQueue<CatalogueChanged> heard = new LinkedBlockingQueue<>();
        try (LiveEventBus.Subscription ignored = events.subscribe(CatalogueChanged.TOPIC, heard::add)) {
            stewardship.create(ADMIN, draft("CAT_OTHER_INSTANCE", "DIGITAL", DisclosureClass.INTERNAL));
            assertThat(heard.poll(10, TimeUnit.SECONDS).indicatorCodes()).containsExactly("CAT_OTHER_INSTANCE");
            assertThat(catalog.find("CAT_OTHER_INSTANCE").orElseThrow().unit()).isEqualTo("개소");

            // another instance writes a change; this instance keeps its copy until it is told
            CatalogueEntry current = store.find("CAT_OTHER_INSTANCE").orElseThrow();
            Indicator i = current.indicator();
            CatalogueEntry there = new CatalogueEntry(
                    new Indicator(
                            i.code(),
                            i.nameKo(),
                            i.nameEn(),
                            "곳",
                            i.area(),
                            i.source(),
                            i.updateMinutes(),
                            i.disclosure(),
                            i.owningDepartment(),
                            i.perDistrict(),
                            i.higherIsWorse(),
                            i.warnAt(),
                            i.dangerAt(),
                            i.decimals(),
                            i.sortOrder()),
                    current.metadata(),
                    false,
                    null,
                    current.version() + 1,
                    "admin",
                    Instant.now());
            assertThat(store.update(there, current.version(), List.of())).isTrue();
            assertThat(catalog.find("CAT_OTHER_INSTANCE").orElseThrow().unit()).isEqualTo("개소");

            events.publish(CatalogueChanged.TOPIC, new CatalogueChanged(List.of("CAT_OTHER_INSTANCE")));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(catalog.find("CAT_OTHER_INSTANCE").orElseThrow().unit()).isEqualTo("곳");
        }
    }
}
