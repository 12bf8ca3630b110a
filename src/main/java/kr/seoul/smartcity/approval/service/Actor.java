package kr.seoul.smartcity.approval.service;

import org.jspecify.annotations.Nullable;

/** Who acts, and from where: the address and user agent of their request go into the audit trail. */
public record Actor(
        String username,
        @Nullable String clientAddress,
        @Nullable String userAgent) {

    public static Actor of(String username) {
        return new Actor(username, null, null);
    }
}
