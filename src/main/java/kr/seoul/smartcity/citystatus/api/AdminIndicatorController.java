package kr.seoul.smartcity.citystatus.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.domain.FieldChange;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorChange;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import kr.seoul.smartcity.citystatus.domain.PendingDisclosure;
import kr.seoul.smartcity.citystatus.service.CatalogueActor;
import kr.seoul.smartcity.citystatus.service.CatalogueStewardship;
import kr.seoul.smartcity.citystatus.service.IndicatorDraft;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicator catalogue for automation, with HTTP Basic (see the security configuration): the same steps as the
 * catalogue screen, checked by the same service for who takes them. DELETE retires an indicator (it keeps its
 * history); PUT takes {@code ?version=} to refuse a change made on top of someone else's (409).
 */
@RestController
@RequestMapping("/api/admin/catalog/indicators")
class AdminIndicatorController {

    private final CatalogueStewardship stewardship;

    AdminIndicatorController(CatalogueStewardship stewardship) {
        this.stewardship = stewardship;
    }

    /** An indicator as the API shows it: what can be sent back to change it, and its state. */
    record IndicatorJson(
            String code,
            String nameKo,
            String nameEn,
            String unit,
            String area,
            String owningDepartment,
            DisclosureClass disclosure,
            String source,
            int updateMinutes,
            boolean perDistrict,
            boolean higherIsWorse,
            @Nullable Double warnAt,
            @Nullable Double dangerAt,
            int decimals,
            int sortOrder,
            IndicatorMetadata metadata,
            boolean retired,
            @Nullable PendingDisclosure pendingDisclosure,
            int version,
            @Nullable String updatedBy,
            Instant updatedAt) {

        static IndicatorJson of(CatalogueEntry entry) {
            Indicator i = entry.indicator();
            return new IndicatorJson(
                    i.code(),
                    i.nameKo(),
                    i.nameEn(),
                    i.unit(),
                    i.area(),
                    i.owningDepartment(),
                    i.disclosure(),
                    i.source(),
                    i.updateMinutes(),
                    i.perDistrict(),
                    i.higherIsWorse(),
                    i.warnAt(),
                    i.dangerAt(),
                    i.decimals(),
                    i.sortOrder(),
                    entry.metadata(),
                    entry.retired(),
                    entry.pending(),
                    entry.version(),
                    entry.updatedBy(),
                    entry.updatedAt());
        }
    }

    record ChangeJson(int version, String kind, String changedBy, Instant changedAt, List<FieldChange> fields) {

        static ChangeJson of(IndicatorChange change) {
            return new ChangeJson(
                    change.version(),
                    change.kind().name(),
                    change.changedBy(),
                    change.changedAt(),
                    change.fieldChanges());
        }
    }

    @GetMapping
    List<IndicatorJson> list(@AuthenticationPrincipal CityUser user) {
        return stewardship.entries(actor(user)).stream().map(IndicatorJson::of).toList();
    }

    @GetMapping("/{code}")
    IndicatorJson one(@AuthenticationPrincipal CityUser user, @PathVariable String code) {
        return IndicatorJson.of(stewardship.entry(actor(user), code));
    }

    @PostMapping
    ResponseEntity<IndicatorJson> create(@AuthenticationPrincipal CityUser user, @RequestBody IndicatorDraft draft) {
        CatalogueEntry created = stewardship.create(actor(user), draft);
        return ResponseEntity.created(URI.create("/api/admin/catalog/indicators/" + created.code()))
                .body(IndicatorJson.of(created));
    }

    @PutMapping("/{code}")
    IndicatorJson update(
            @AuthenticationPrincipal CityUser user,
            @PathVariable String code,
            @RequestBody IndicatorDraft draft,
            @RequestParam(required = false) Integer version) {
        return IndicatorJson.of(stewardship.update(actor(user), code, draft, version));
    }

    @DeleteMapping("/{code}")
    IndicatorJson retire(@AuthenticationPrincipal CityUser user, @PathVariable String code) {
        return IndicatorJson.of(stewardship.retire(actor(user), code));
    }

    @PostMapping("/{code}/disclosure/approve")
    IndicatorJson approve(@AuthenticationPrincipal CityUser user, @PathVariable String code) {
        return IndicatorJson.of(stewardship.approveDisclosure(actor(user), code));
    }

    @PostMapping("/{code}/disclosure/reject")
    IndicatorJson reject(@AuthenticationPrincipal CityUser user, @PathVariable String code) {
        return IndicatorJson.of(stewardship.rejectDisclosure(actor(user), code));
    }

    @GetMapping("/{code}/history")
    List<ChangeJson> history(@AuthenticationPrincipal CityUser user, @PathVariable String code) {
        return stewardship.history(actor(user), code).stream()
                .map(ChangeJson::of)
                .toList();
    }

    static CatalogueActor actor(CityUser user) {
        return new CatalogueActor(user.getUsername(), new Viewer(user.role(), user.departmentCode()));
    }
}
