package kr.seoul.smartcity.base.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import kr.seoul.smartcity.Application;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.dev.DevServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Two application instances on one PostgreSQL: an event published in one reaches subscribers in the other. */
@CityIntegrationTest
class CrossInstanceEventsIT {

    record DistrictAlert(String districtCode, String message) {}

    static final Topic<DistrictAlert> ALERTS = Topic.of("test.district-alert", DistrictAlert.class);

    private static ConfigurableApplicationContext secondInstance;

    @Autowired
    LiveEventBus firstBus;

    @BeforeAll
    static void startSecondInstance() {
        secondInstance = new SpringApplicationBuilder(Application.class, DevServices.class)
                .properties("server.port=0", "city.dev.demo-data=false")
                .run();
    }

    @AfterAll
    static void stopSecondInstance() {
        secondInstance.close();
    }

    @Test
    void anEventPublishedInOneInstanceReachesASubscriberInTheOther() {
        LiveEventBus secondBus = secondInstance.getBean(LiveEventBus.class);
        assertThat(secondBus).isNotSameAs(firstBus);
        List<DistrictAlert> inSecond = new CopyOnWriteArrayList<>();
        List<DistrictAlert> inFirst = new CopyOnWriteArrayList<>();
        try (var second = secondBus.subscribe(ALERTS, inSecond::add);
                var first = firstBus.subscribe(ALERTS, inFirst::add)) {

            firstBus.publish(ALERTS, new DistrictAlert("11680", "강남구 침수 경보"));

            await().until(() -> inSecond.size() == 1 && inFirst.size() == 1);
            assertThat(inSecond).containsExactly(new DistrictAlert("11680", "강남구 침수 경보"));

            secondBus.publish(ALERTS, new DistrictAlert("11110", "종로구 도로 통제"));
            await().until(() -> inFirst.size() == 2 && inSecond.size() == 2);
            assertThat(inFirst).extracting(DistrictAlert::districtCode).containsExactly("11680", "11110");
        }
    }

    @Test
    void anEventTooLargeForNotifyIsRefusedWithAClearMessage() {
        String huge = "가".repeat(3000);
        assertThatThrownBy(() -> firstBus.publish(ALERTS, new DistrictAlert("11110", huge)))
                .isInstanceOf(EventTooLargeException.class)
                .hasMessageContaining("Publish an identifier");
    }
}
