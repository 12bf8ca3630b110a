package kr.seoul.smartcity.civic.service;

import java.util.List;

import kr.seoul.smartcity.civic.domain.CityStatistic;
import kr.seoul.smartcity.civic.domain.GlobalRanking;
import kr.seoul.smartcity.civic.domain.MediaReport;
import kr.seoul.smartcity.civic.domain.PartnerCity;
import kr.seoul.smartcity.civic.domain.Pledge;
import kr.seoul.smartcity.civic.domain.ProfileStore;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/** Seoul's profile, its partner cities abroad and the mayor's pledges, as the viewer may see them. */
@Service
public class ProfileService {

    private final ProfileStore store;
    private final DisclosurePolicy policy;

    ProfileService(ProfileStore store, DisclosurePolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    public List<CityStatistic> statistics(Viewer viewer) {
        return store.statistics().stream().filter(s -> policy.canSee(viewer, s)).toList();
    }

    /** Rankings over the years, by ranking then year. */
    public List<GlobalRanking> rankings(Viewer viewer) {
        return store.rankings().stream().filter(r -> policy.canSee(viewer, r)).toList();
    }

    public List<MediaReport> media(Viewer viewer, int limit) {
        return store.media(limit).stream().filter(m -> policy.canSee(viewer, m)).toList();
    }

    public List<PartnerCity> partners(Viewer viewer) {
        return store.partners().stream().filter(p -> policy.canSee(viewer, p)).toList();
    }

    public List<Pledge> pledges(Viewer viewer) {
        return store.pledges().stream().filter(p -> policy.canSee(viewer, p)).toList();
    }

    /** Stores a profile set taken over from elsewhere (or a sample set); rows already there are kept. */
    public void takeOver(
            List<CityStatistic> statistics,
            List<GlobalRanking> rankings,
            List<MediaReport> media,
            List<PartnerCity> partners,
            List<Pledge> pledges,
            boolean sample) {
        store.save(statistics, rankings, media, partners, pledges, sample);
    }

    /** Whether the figures shown include sample data, so that screens say so. */
    public boolean showsSampleData() {
        return store.anySample();
    }

    public boolean hasPledges() {
        return store.pledgeCount() > 0;
    }
}
