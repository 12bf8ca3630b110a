package kr.seoul.smartcity.civic.service;

import java.time.LocalDate;
import java.util.List;

import kr.seoul.smartcity.civic.domain.CityProject;
import kr.seoul.smartcity.civic.domain.Milestone;
import kr.seoul.smartcity.civic.domain.NewsItem;
import kr.seoul.smartcity.civic.domain.ProgressEntry;

/** One project with its timeline as of {@code today}, its progress history and news. */
public record ProjectDetail(
        CityProject project,
        List<Milestone> milestones,
        List<ProgressEntry> progress,
        List<NewsItem> news,
        LocalDate today) {

    public ProjectDetail {
        milestones = List.copyOf(milestones);
        progress = List.copyOf(progress);
        news = List.copyOf(news);
    }

    /** The first planned day and the last planned or actual day, the span the timeline shows. */
    public LocalDate timelineStart() {
        return milestones.stream()
                .map(Milestone::plannedStart)
                .min(LocalDate::compareTo)
                .orElse(today);
    }

    public LocalDate timelineEnd() {
        LocalDate end = milestones.stream()
                .map(m ->
                        m.actualEnd() != null && m.actualEnd().isAfter(m.plannedEnd()) ? m.actualEnd() : m.plannedEnd())
                .max(LocalDate::compareTo)
                .orElse(today);
        boolean running = milestones.stream().anyMatch(m -> m.status(today) == Milestone.Status.OVERDUE);
        return running && today.isAfter(end) ? today : end;
    }
}
