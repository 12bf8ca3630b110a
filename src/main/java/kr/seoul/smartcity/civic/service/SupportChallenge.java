package kr.seoul.smartcity.civic.service;

/** A signed, single-use challenge for one support: the browser finds a nonce for it ({@code bits} of work). */
public record SupportChallenge(String token, int bits) {}
