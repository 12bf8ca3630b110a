package kr.seoul.smartcity.dashboard.ui;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kiosk in subway stations.
 *
 * @param rotateEvery how long each panel stays before the next
 * @param idleReset   after how long without a touch the kiosk returns to its first panel and rotates again
 * @param idleWarning how long before that a notice says so and offers to keep the screen (WCAG 2.2.1: 20 s at
 *                    least; never more than half the idle time)
 */
@ConfigurationProperties("city.kiosk")
record KioskProperties(
        @DefaultValue("20s") Duration rotateEvery,
        @DefaultValue("60s") Duration idleReset,
        @DefaultValue("20s") Duration idleWarning) {}
