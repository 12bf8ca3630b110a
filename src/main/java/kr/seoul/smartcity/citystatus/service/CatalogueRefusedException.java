package kr.seoul.smartcity.citystatus.service;

import kr.seoul.smartcity.base.service.RefusedException;

/**
 * A step on the catalogue that is not taken: not this person's to take, about something unknown, or not possible
 * in the state it is in. The key ({@code catalogue.refused.*}) with its arguments says why on screen.
 */
public class CatalogueRefusedException extends RefusedException {

    CatalogueRefusedException(Reason reason, String key, String english, Object... arguments) {
        super(reason, "catalogue.refused." + key, english, arguments);
    }

    static CatalogueRefusedException notAllowed(String key, String english, Object... arguments) {
        return new CatalogueRefusedException(Reason.NOT_ALLOWED, key, english, arguments);
    }

    static CatalogueRefusedException notFound(String code) {
        return new CatalogueRefusedException(
                Reason.NOT_FOUND, "unknown", "There is no indicator or area " + code, code);
    }

    static CatalogueRefusedException conflict(String key, String english, Object... arguments) {
        return new CatalogueRefusedException(Reason.CONFLICT, key, english, arguments);
    }
}
