package kr.seoul.smartcity.citystatus.service;

import kr.seoul.smartcity.base.domain.DisclosureClass;

/** An incident as it is first reported (출동지령). */
public record NewIncident(
        String kind,
        String title,
        String districtCode,
        String place,
        DisclosureClass disclosure,
        String owningDepartment) {}
