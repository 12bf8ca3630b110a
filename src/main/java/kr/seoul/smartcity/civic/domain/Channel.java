package kr.seoul.smartcity.civic.domain;

/** Where a complaint or petition came in: the 120 Dasan call centre, the web, the app, partner systems, in person. */
public enum Channel {
    CALL_120, WEB, MOBILE, PARTNER, OFFLINE
}
