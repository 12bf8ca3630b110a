package kr.seoul.smartcity.civic.service;

import kr.seoul.smartcity.civic.domain.SupporterKey;

/**
 * A citizen's support: their browser's key, the client address it came from, and the challenge it was given with
 * the nonce it found.
 */
public record CitizenSupport(SupporterKey browser, String clientAddress, String challenge, String nonce) {}
