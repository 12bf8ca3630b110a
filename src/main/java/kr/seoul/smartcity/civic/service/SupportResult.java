package kr.seoul.smartcity.civic.service;

import kr.seoul.smartcity.civic.domain.Proposal;

/** What a support did: whether it counted (a person counts once) and the proposal afterwards. */
public record SupportResult(boolean counted, Proposal proposal) {}
