package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import kr.seoul.smartcity.base.domain.DisclosureClass;

/** A request to disclose an indicator more widely (to PUBLIC), waiting for a second person to approve it. */
public record PendingDisclosure(DisclosureClass disclosure, String requestedBy, Instant requestedAt) {}
