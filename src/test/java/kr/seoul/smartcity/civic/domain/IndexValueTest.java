package kr.seoul.smartcity.civic.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexValueTest {

    private static IndexValue value(Double target, Double actual, ValueState state) {
        return new IndexValue("X", 2025, IndexValue.CITY, target, actual, state, "a", null, null, null);
    }

    @Test
    void aHigherIsBetterIndexAchievesItsResultOverItsTarget() {
        assertThat(value(200.0, 150.0, ValueState.CONFIRMED)
                        .achievement(Direction.HIGHER)
                        .getAsDouble())
                .isEqualTo(75);
        assertThat(value(200.0, 250.0, ValueState.CONFIRMED)
                        .achievement(Direction.HIGHER)
                        .getAsDouble())
                .isEqualTo(125);
    }

    @Test
    void aLowerIsBetterIndexIsTurnedAround() {
        assertThat(value(200.0, 250.0, ValueState.CONFIRMED)
                        .achievement(Direction.LOWER)
                        .getAsDouble())
                .isEqualTo(80);
        assertThat(value(200.0, 100.0, ValueState.CONFIRMED)
                        .achievement(Direction.LOWER)
                        .getAsDouble())
                .isEqualTo(200);
        assertThat(value(0.0, 0.0, ValueState.CONFIRMED)
                        .achievement(Direction.LOWER)
                        .getAsDouble())
                .isEqualTo(100);
    }

    @Test
    void withoutTargetOrResultThereIsNoRate() {
        assertThat(value(null, 5.0, ValueState.CONFIRMED).achievement(Direction.HIGHER))
                .isEmpty();
        assertThat(value(5.0, null, ValueState.PLANNED).achievement(Direction.HIGHER))
                .isEmpty();
        assertThat(value(0.0, 5.0, ValueState.CONFIRMED).achievement(Direction.HIGHER))
                .isEmpty();
    }

    @Test
    void citizensSeeAnUnconfirmedValueAsTargetOnly() {
        IndexValue entered = value(200.0, 150.0, ValueState.ENTERED);
        assertThat(entered.confirmedOnly().actual()).isNull();
        assertThat(entered.confirmedOnly().target()).isEqualTo(200.0);
        IndexValue confirmed = value(200.0, 150.0, ValueState.CONFIRMED);
        assertThat(confirmed.confirmedOnly()).isSameAs(confirmed);
    }
}
