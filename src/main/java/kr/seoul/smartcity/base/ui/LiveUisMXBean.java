package kr.seoul.smartcity.base.ui;

/**
 * The open Vaadin sessions and UIs of this instance, under {@code kr.seoul.smartcity:type=LiveUis} in JMX: what an
 * operator watches, and what the push benchmark reads to prove that its simulated browsers are real UIs.
 */
public interface LiveUisMXBean {

    int getSessions();

    int getUis();
}
