package kr.seoul.smartcity.dashboard.service;

import kr.seoul.smartcity.base.service.RefusedException;

/**
 * A change to a dashboard that is not made: not this person's to make, about a dashboard that does not exist, or
 * not possible as asked (an internal widget on a citizens' screen, a form the indicator cannot take, someone else
 * saved in the meantime). The key ({@code dashboard.refused.*}) with its arguments says why on screen.
 */
public class DashboardRefusedException extends RefusedException {

    DashboardRefusedException(Reason reason, String key, String english, Object... arguments) {
        super(reason, "dashboard.refused." + key, english, arguments);
    }
}
