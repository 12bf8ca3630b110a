package kr.seoul.smartcity.security.service;

/** What is limited: a kind of request that costs the city something when a script repeats it. */
public enum RateLimit {
    /** Any request to the open data API. */
    PUBLIC_API,
    /** An archive search, on the page or through the API. */
    SEARCH,
    /** A summary written by the language model. */
    SUMMARY,
    /** A new citizens' proposal. */
    PROPOSAL_SUBMIT,
    /** A support of a proposal. */
    PROPOSAL_SUPPORT,
    /** A report of a problem with the data a widget shows. */
    DATA_ISSUE_REPORT,
    /** A pairing code entered on a remote: limited so that codes cannot be tried one after another. */
    DISPLAY_PAIRING
}
