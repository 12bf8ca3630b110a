package kr.seoul.smartcity.citystatus.api;

import java.net.URI;
import java.util.List;

import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.service.AreaDraft;
import kr.seoul.smartcity.citystatus.service.AreaStewardship;
import kr.seoul.smartcity.security.service.CityUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The areas of the catalogue for automation: staff read them, administrators add, rename, reorder and retire. */
@RestController
@RequestMapping("/api/admin/catalog/areas")
class AdminAreaController {

    private final AreaStewardship areas;

    AdminAreaController(AreaStewardship areas) {
        this.areas = areas;
    }

    @GetMapping
    List<IndicatorArea> list(@AuthenticationPrincipal CityUser user) {
        return areas.areas(AdminIndicatorController.actor(user));
    }

    @PostMapping
    ResponseEntity<IndicatorArea> create(@AuthenticationPrincipal CityUser user, @RequestBody AreaDraft draft) {
        IndicatorArea created = areas.create(AdminIndicatorController.actor(user), draft);
        return ResponseEntity.created(URI.create("/api/admin/catalog/areas/" + created.code()))
                .body(created);
    }

    @PutMapping("/{code}")
    IndicatorArea update(
            @AuthenticationPrincipal CityUser user, @PathVariable String code, @RequestBody AreaDraft draft) {
        return areas.update(AdminIndicatorController.actor(user), code, draft);
    }

    @DeleteMapping("/{code}")
    IndicatorArea retire(@AuthenticationPrincipal CityUser user, @PathVariable String code) {
        return areas.retire(AdminIndicatorController.actor(user), code);
    }
}
