package kr.seoul.smartcity.civic.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** Where a complaint or petition came in: the 120 Dasan call centre, the web, the app, partner systems, in person. */
public enum Channel implements Labelled {
    CALL_120,
    WEB,
    MOBILE,
    PARTNER,
    OFFLINE;

    @Override
    public String labelKey() {
        return "opinion.channel." + name();
    }
}
