package kr.seoul.smartcity.archive.service;

import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may see an archive item: {@link DisclosurePolicy} decides (PUBLIC everyone, INTERNAL staff, RESTRICTED the
 * mayor, administrators, the owning department and the roles the item names). {@link #filter} is the same rule as an
 * Elasticsearch filter, so that hits, facet counts and suggestions never reveal what the viewer may not see;
 * {@code ArchiveAccessIT} checks that the two agree for every kind of viewer and item.
 */
@Component
class ArchiveAccess {

    private final DisclosurePolicy policy;

    ArchiveAccess(DisclosurePolicy policy) {
        this.policy = policy;
    }

    boolean canSee(Viewer viewer, ArchiveItem item) {
        return policy.canSee(viewer, item, Set.copyOf(item.restrictedRoles()));
    }

    /** The filter for the viewer's searches. */
    static Query filter(Viewer viewer) {
        if (!viewer.isStaff()) {
            return Query.of(q -> q.term(t -> t.field("disclosure").value(DisclosureClass.PUBLIC.name())));
        }
        if (viewer.role() == Role.MAYOR || viewer.role() == Role.ADMIN) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        List<FieldValue> open =
                List.of(FieldValue.of(DisclosureClass.PUBLIC.name()), FieldValue.of(DisclosureClass.INTERNAL.name()));
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.terms(t -> t.field("disclosure").terms(v -> v.value(open))));
            b.should(s -> s.bool(r -> {
                r.filter(f -> f.term(t -> t.field("disclosure").value(DisclosureClass.RESTRICTED.name())));
                if (viewer.departmentCode() != null) {
                    r.should(d -> d.term(t -> t.field("department").value(viewer.departmentCode())));
                }
                r.should(d -> d.term(
                        t -> t.field("restricted_roles").value(viewer.role().name())));
                return r.minimumShouldMatch("1");
            }));
            return b.minimumShouldMatch("1");
        }));
    }
}
