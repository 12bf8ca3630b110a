package kr.seoul.smartcity.directory.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffMemberTest {

    private final StaffMember traffic = new StaffMember(
            "traffic",
            "이교통",
            Role.OFFICIAL,
            "TRAFFIC",
            "도시교통실",
            "Urban Transportation Office",
            "주무관",
            "02-120-1101",
            true);

    @Test
    void isFoundByNameRankDepartmentOrPhone() {
        assertThat(traffic.matches("이교통")).isTrue();
        assertThat(traffic.matches("주무관")).isTrue();
        assertThat(traffic.matches("교통실")).isTrue();
        assertThat(traffic.matches("transportation")).isTrue();
        assertThat(traffic.matches("1101")).isTrue();
    }

    @Test
    void everyWordMustMatch() {
        assertThat(traffic.matches("도시교통실 주무관")).isTrue();
        assertThat(traffic.matches("도시교통실 국장")).isFalse();
    }
}
