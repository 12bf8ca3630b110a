package kr.seoul.smartcity.base.domain;

import java.time.ZoneId;

/** Facts about the city that the whole application shares. */
public final class Seoul {

    /** Records are stamped and shown in Korea Standard Time, whatever the server's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private Seoul() {}
}
