package kr.seoul.smartcity.civic.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.civic.domain.CityProject;
import kr.seoul.smartcity.civic.domain.Milestone;
import kr.seoul.smartcity.civic.domain.NewsItem;
import kr.seoul.smartcity.civic.domain.ProgressEntry;
import kr.seoul.smartcity.civic.domain.ProjectStore;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/** Key city projects (핵심사업) as the viewer may see them, with their timelines judged against today in Seoul. */
@Service
public class ProjectService {

    private final ProjectStore store;
    private final DisclosurePolicy policy;
    private final Clock clock;

    ProjectService(ProjectStore store, DisclosurePolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Seoul.ZONE));
    }

    /** Every project the viewer may see, with its progress and delays. */
    public List<ProjectSummary> projects(Viewer viewer) {
        LocalDate today = today();
        Map<String, List<Milestone>> milestones =
                store.allMilestones().stream().collect(Collectors.groupingBy(Milestone::projectCode));
        Map<String, Double> progress = store.latestProgress();
        return store.all().stream()
                .filter(project -> policy.canSee(viewer, project))
                .map(project -> {
                    List<Milestone> steps = milestones.getOrDefault(project.code(), List.of());
                    int delayed = (int) steps.stream()
                            .filter(m -> m.status(today).delayed())
                            .count();
                    Milestone current = steps.stream()
                            .filter(m -> m.actualEnd() == null)
                            .findFirst()
                            .orElse(null);
                    return new ProjectSummary(project, progress.getOrDefault(project.code(), 0.0), delayed, current);
                })
                .toList();
    }

    /** One project, if the viewer may see it. */
    public Optional<ProjectDetail> project(Viewer viewer, String code) {
        return store.find(code)
                .filter(project -> policy.canSee(viewer, project))
                .map(project -> new ProjectDetail(
                        project, store.milestones(code), store.progress(code), store.news(code), today()));
    }

    /** Adds or replaces a project with everything it has; {@code sample} marks it as part of a sample set. */
    public void define(
            CityProject project,
            List<Milestone> milestones,
            List<ProgressEntry> progress,
            List<NewsItem> news,
            boolean sample) {
        store.save(project, milestones, progress, news, sample);
    }

    public long count() {
        return store.count();
    }
}
