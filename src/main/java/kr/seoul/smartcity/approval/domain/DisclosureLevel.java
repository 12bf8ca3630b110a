package kr.seoul.smartcity.approval.domain;

import org.springframework.modulith.NamedInterface;


/** Disclosure class of a document under the Official Information Disclosure Act. */
@NamedInterface("model")
public enum DisclosureLevel {
    /** 공개 */
    PUBLIC,
    /** 부분공개 */
    PARTIAL,
    /** 비공개 */
    PRIVATE
}
