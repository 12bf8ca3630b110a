package kr.seoul.smartcity.call.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-11-25T01:00:00Z");
    private final CallToken token =
            new CallToken("t-1", 7, "traffic", ISSUED, ISSUED.plus(Duration.ofMinutes(2)), null);

    @Test
    void theOfficialItWasIssuedToUsesItOnce() {
        CallToken used = token.redeem(7, "traffic", ISSUED.plusSeconds(5));

        assertThat(used.usedAt()).isEqualTo(ISSUED.plusSeconds(5));
        assertThatThrownBy(() -> used.redeem(7, "traffic", ISSUED.plusSeconds(6)))
                .isInstanceOfSatisfying(
                        CallTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(CallTokenException.Reason.USED));
    }

    @Test
    void someoneElseCannotUseIt() {
        assertThatThrownBy(() -> token.redeem(7, "climate", ISSUED.plusSeconds(5)))
                .isInstanceOfSatisfying(
                        CallTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(CallTokenException.Reason.NOT_YOURS));
    }

    @Test
    void itOpensOnlyItsOwnCall() {
        assertThatThrownBy(() -> token.redeem(8, "traffic", ISSUED.plusSeconds(5)))
                .isInstanceOfSatisfying(
                        CallTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(CallTokenException.Reason.NOT_YOURS));
    }

    @Test
    void itRunsOut() {
        assertThatThrownBy(() -> token.redeem(7, "traffic", ISSUED.plus(Duration.ofMinutes(2))))
                .isInstanceOfSatisfying(
                        CallTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(CallTokenException.Reason.EXPIRED));
    }
}
