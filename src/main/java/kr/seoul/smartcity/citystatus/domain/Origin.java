package kr.seoul.smartcity.citystatus.domain;

import org.springframework.modulith.NamedInterface;

/** Where a value came from; simulated values are labelled as such on every screen. */
@NamedInterface("model")
public enum Origin {
    /** A live open data feed. */
    FEED,
    /** The simulated city feed of the embedded default. */
    SIMULATED,
    /** Entered or corrected by an official (직접 입력). */
    MANUAL
}
