package kr.seoul.smartcity.civic.service;

import kr.seoul.smartcity.civic.domain.CityProject;
import kr.seoul.smartcity.civic.domain.Milestone;
import org.jspecify.annotations.Nullable;

/** A project in a list: its latest progress, how many milestones are behind plan, and the step under way. */
public record ProjectSummary(
        CityProject project,
        double progress,
        int delayed,
        @Nullable Milestone current) {}
