package kr.seoul.smartcity.dashboard.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** Whose screen a dashboard is: it decides who may open it and whether it may hold internal widgets. */
public enum Perspective implements Labelled {
    /** The mayor's main screen (시장실). */
    MAYOR,
    /** One department's screen. */
    DEPARTMENT,
    /** The citizens' home: public widgets only. */
    CITIZEN,
    /** The subway-station kiosk, a rotation: public widgets only. */
    KIOSK,
    /** A wall screen in a situation room: denser, for staff. */
    WALL,
    /** A member of staff's own pinned widgets. */
    PERSONAL;

    /** Citizens' screens: every widget on them must be public. */
    public boolean publicOnly() {
        return this == CITIZEN || this == KIOSK;
    }

    @Override
    public String labelKey() {
        return "dashboard.perspective." + name().toLowerCase();
    }
}
