package kr.seoul.smartcity.theme.service;

import java.util.List;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.theme.domain.CityTheme;
import kr.seoul.smartcity.theme.domain.ThemeItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CityIntegrationTest
class ThemeServiceIT {

    private static final ThemeEditor ADMIN = new ThemeEditor("admin", Role.ADMIN, null);
    private static final ThemeEditor OFFICIAL = new ThemeEditor("climate", Role.OFFICIAL, "CLIMATE");
    private static final ThemeEditor MAYOR = new ThemeEditor("mayor", Role.MAYOR, null);
    private static final ThemeEditor NOBODY = new ThemeEditor("someone", null, null);
    private static final Viewer STAFF = new Viewer(Role.OFFICIAL, "CLIMATE");

    @Autowired
    ThemeService themes;

    private static String slug(String name) {
        return name + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static ThemeDraft draft(String slug, boolean published, DisclosureClass disclosure, ThemeItem... items) {
        return new ThemeDraft(
                slug, "걷는 서울 시험", "Walking test", "소개", "Introduction", 50, published, disclosure, List.of(items));
    }

    private static String slugs(List<CityTheme> list) {
        return String.join(",", list.stream().map(CityTheme::slug).toList());
    }

    @Test
    void theFiveSeedThemesExistAndTheDemoPublishedThem() {
        assertThat(themes.all(ADMIN))
                .extracting(CityTheme::slug)
                .contains("walking", "outreach", "good-looking", "jobs", "fun");
        assertThat(themes.published(Viewer.CITIZEN))
                .extracting(CityTheme::titleKo)
                .contains("걷는 서울", "찾아가는 서울", "보기 좋은 서울", "일자리 서울", "즐거운 서울");
        ThemePage walking = themes.page(Viewer.CITIZEN, "walking").orElseThrow();
        assertThat(walking.indicators())
                .extracting(entry -> entry.tile().indicator().code())
                .contains("AIR_PM25");
        assertThat(walking.projects())
                .extracting(entry -> entry.summary().project().code())
                .contains("PRJ_HERITAGE_WALK");
        assertThat(walking.places()).extracting(ThemeItem::placeName).contains("청계천");
    }

    @Test
    void aCitizenNeverSeesAnUnpublishedOrInternalTheme() {
        String draft = slug("draft");
        String internal = slug("internal");
        String open = slug("open");
        themes.save(ADMIN, draft(draft, false, DisclosureClass.PUBLIC), null);
        themes.save(ADMIN, draft(internal, true, DisclosureClass.INTERNAL), null);
        themes.save(OFFICIAL, draft(open, true, DisclosureClass.PUBLIC), null);

        assertThat(slugs(themes.published(Viewer.CITIZEN))).contains(open).doesNotContain(draft, internal);
        assertThat(themes.page(Viewer.CITIZEN, draft)).isEmpty();
        assertThat(themes.page(Viewer.CITIZEN, internal)).isEmpty();
        assertThat(themes.page(Viewer.CITIZEN, open)).isPresent();

        // staff read internal themes and may preview unpublished ones
        assertThat(slugs(themes.published(STAFF))).contains(open, internal).doesNotContain(draft);
        assertThat(themes.page(STAFF, draft)).isPresent();
        assertThat(themes.page(STAFF, internal)).isPresent();
    }

    @Test
    void aPublicThemeShowsACitizenOnlyThePublicIndicatorsAndProjectsInIt() {
        String slug = slug("mixed");
        themes.save(
                ADMIN,
                draft(
                        slug,
                        true,
                        DisclosureClass.PUBLIC,
                        ThemeItem.indicator("AIR_PM25", "", ""),
                        ThemeItem.indicator("STAFF_ON_DUTY", "내부 지표", "internal indicator"),
                        ThemeItem.project("PRJ_URBAN_FOREST", "", ""),
                        ThemeItem.project("PRJ_CONTROL_ROOM", "내부 사업", "internal project"),
                        ThemeItem.place("청계광장", 37.5690, 126.9779, "", "")),
                null);

        ThemePage citizen = themes.page(Viewer.CITIZEN, slug).orElseThrow();
        assertThat(citizen.indicators())
                .extracting(entry -> entry.tile().indicator().code())
                .containsExactly("AIR_PM25");
        assertThat(citizen.projects())
                .extracting(entry -> entry.summary().project().code())
                .containsExactly("PRJ_URBAN_FOREST");
        assertThat(citizen.places()).extracting(ThemeItem::placeName).containsExactly("청계광장");

        ThemePage staff = themes.page(STAFF, slug).orElseThrow();
        assertThat(staff.indicators())
                .extracting(entry -> entry.tile().indicator().code())
                .containsExactly("AIR_PM25", "STAFF_ON_DUTY");
        assertThat(staff.projects())
                .extracting(entry -> entry.summary().project().code())
                .containsExactly("PRJ_URBAN_FOREST", "PRJ_CONTROL_ROOM");
    }

    @Test
    void onlyAdministratorsAndOfficialsEditThemes() {
        assertThatThrownBy(() -> themes.save(MAYOR, draft(slug("mayor"), true, DisclosureClass.PUBLIC), null))
                .isInstanceOfSatisfying(
                        InvalidThemeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("theme.error.not-allowed"));
        assertThatThrownBy(() -> themes.save(NOBODY, draft(slug("nobody"), true, DisclosureClass.PUBLIC), null))
                .isInstanceOfSatisfying(
                        InvalidThemeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("theme.error.not-allowed"));
        assertThatThrownBy(() -> themes.all(MAYOR)).isInstanceOf(InvalidThemeException.class);

        String slug = slug("official");
        CityTheme saved = themes.save(OFFICIAL, draft(slug, true, DisclosureClass.PUBLIC), null);
        assertThat(saved.updatedBy()).isEqualTo("climate");
        assertThat(themes.published(Viewer.CITIZEN)).extracting(CityTheme::slug).contains(slug);
    }

    @Test
    void unknownCodesPlacesOutsideSeoulAndEmptyTitlesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> themes.save(
                        ADMIN,
                        draft(
                                slug("bad"),
                                true,
                                DisclosureClass.PUBLIC,
                                ThemeItem.indicator("NO_SUCH_INDICATOR", "", "")),
                        null))
                .isInstanceOfSatisfying(InvalidThemeException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("theme.error.unknown-indicator");
                    assertThat(e.arguments()).containsExactly("NO_SUCH_INDICATOR");
                });
        assertThatThrownBy(() -> themes.save(
                        ADMIN,
                        draft(slug("bad"), true, DisclosureClass.PUBLIC, ThemeItem.project("PRJ_NOWHERE", "", "")),
                        null))
                .isInstanceOfSatisfying(
                        InvalidThemeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("theme.error.unknown-project"));
        assertThatThrownBy(() -> themes.save(
                        ADMIN,
                        draft(
                                slug("bad"),
                                true,
                                DisclosureClass.PUBLIC,
                                ThemeItem.place("해운대", 35.1587, 129.1604, "", "")),
                        null))
                .isInstanceOfSatisfying(InvalidThemeException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("theme.error.place-outside-seoul");
                    assertThat(e.arguments()).containsExactly("해운대");
                });
        assertThatThrownBy(() -> themes.save(
                        ADMIN,
                        new ThemeDraft(slug("bad"), "  ", "Title", "", "", 0, true, DisclosureClass.PUBLIC, List.of()),
                        null))
                .isInstanceOfSatisfying(
                        InvalidThemeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("theme.error.title-required"));
        assertThatThrownBy(() -> themes.save(ADMIN, draft("Not A Slug!", true, DisclosureClass.PUBLIC), null))
                .isInstanceOfSatisfying(
                        InvalidThemeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("theme.error.slug"));
        assertThatThrownBy(() -> themes.save(ADMIN, draft(slug("restricted"), true, DisclosureClass.RESTRICTED), null))
                .isInstanceOfSatisfying(
                        InvalidThemeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("theme.error.disclosure"));
        // an official cannot put in an indicator they may not see either: internal is fine for staff
        themes.save(
                OFFICIAL,
                draft(slug("staff"), false, DisclosureClass.INTERNAL, ThemeItem.indicator("STAFF_ON_DUTY", "", "")),
                null);
    }

    @Test
    void aSaveOverAVersionSomeoneElseSavedMeanwhileIsRefused() {
        String slug = slug("versions");
        CityTheme first = themes.save(ADMIN, draft(slug, false, DisclosureClass.PUBLIC), null);
        assertThatThrownBy(() -> themes.save(OFFICIAL, draft(slug, false, DisclosureClass.PUBLIC), null))
                .isInstanceOfSatisfying(
                        InvalidThemeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("theme.error.slug-taken"));

        CityTheme second = themes.save(
                ADMIN,
                draft(slug, true, DisclosureClass.PUBLIC, ThemeItem.indicator("AIR_PM25", "", "")),
                first.version());
        assertThat(second.version()).isEqualTo(first.version() + 1);
        // the official edited the first version too: their save would silently undo the administrator's
        assertThatThrownBy(() -> themes.save(OFFICIAL, draft(slug, false, DisclosureClass.PUBLIC), first.version()))
                .isInstanceOfSatisfying(
                        InvalidThemeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("theme.error.changed"));
        ThemeDraft stored = themes.draft(ADMIN, slug).orElseThrow();
        assertThat(stored.published()).isTrue();
        assertThat(stored.items()).extracting(ThemeItem::reference).containsExactly("AIR_PM25");
    }
}
