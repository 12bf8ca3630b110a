package kr.seoul.smartcity.call.domain;

import kr.seoul.smartcity.directory.domain.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallPolicyTest {

    @Test
    void theMayorAndOfficialsCallEachOther() {
        assertThat(CallPolicy.mayCall("mayor", Role.MAYOR, true, "traffic", Role.OFFICIAL, true))
                .isTrue();
        assertThat(CallPolicy.mayCall("traffic", Role.OFFICIAL, true, "mayor", Role.MAYOR, true))
                .isTrue();
        assertThat(CallPolicy.mayCall("admin", Role.ADMIN, true, "climate", Role.OFFICIAL, true))
                .isTrue();
    }

    @Test
    void citizensNeitherCallNorAreCalled() {
        assertThat(CallPolicy.mayCall(null, true)).isFalse();
        assertThat(CallPolicy.mayCall("citizen", null, true, "mayor", Role.MAYOR, true))
                .isFalse();
        assertThat(CallPolicy.mayCall("mayor", Role.MAYOR, true, "citizen", null, true))
                .isFalse();
    }

    @Test
    void disabledAccountsAndCallingOneselfAreRefused() {
        assertThat(CallPolicy.mayCall("mayor", Role.MAYOR, true, "traffic", Role.OFFICIAL, false))
                .isFalse();
        assertThat(CallPolicy.mayCall("traffic", Role.OFFICIAL, false, "mayor", Role.MAYOR, true))
                .isFalse();
        assertThat(CallPolicy.mayCall("traffic", Role.OFFICIAL, true, "traffic", Role.OFFICIAL, true))
                .isFalse();
    }
}
