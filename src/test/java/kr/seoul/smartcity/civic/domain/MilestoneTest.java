package kr.seoul.smartcity.civic.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MilestoneTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Milestone milestone(String start, String end, String actualEnd) {
        return new Milestone(
                "P",
                1,
                "공사",
                "Construction",
                LocalDate.parse(start),
                LocalDate.parse(end),
                actualEnd == null ? null : LocalDate.parse(actualEnd));
    }

    @Test
    void aStepRunningPastItsPlannedEndIsOverdueByTheDaysSince() {
        Milestone late = milestone("2026-01-01", "2026-09-30", null);
        assertThat(late.status(TODAY)).isEqualTo(Milestone.Status.OVERDUE);
        assertThat(late.status(TODAY).delayed()).isTrue();
        assertThat(late.daysLate(TODAY)).isEqualTo(56);
    }

    @Test
    void aStepFinishedAfterItsPlannedEndWasLateByTheDifference() {
        Milestone late = milestone("2025-01-01", "2025-06-30", "2025-08-09");
        assertThat(late.status(TODAY)).isEqualTo(Milestone.Status.DONE_LATE);
        assertThat(late.daysLate(TODAY)).isEqualTo(40);
        Milestone early = milestone("2025-01-01", "2025-06-30", "2025-06-20");
        assertThat(early.status(TODAY)).isEqualTo(Milestone.Status.DONE);
        assertThat(early.daysLate(TODAY)).isZero();
    }

    @Test
    void stepsWithinOrBeforeTheirPlanAreNotLate() {
        assertThat(milestone("2026-10-01", "2027-03-31", null).status(TODAY)).isEqualTo(Milestone.Status.IN_PROGRESS);
        assertThat(milestone("2027-01-01", "2027-03-31", null).status(TODAY)).isEqualTo(Milestone.Status.UPCOMING);
        assertThat(milestone("2026-10-01", "2026-11-25", null).status(TODAY))
                .as("due today, not late yet")
                .isEqualTo(Milestone.Status.IN_PROGRESS);
    }
}
