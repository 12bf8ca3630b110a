package kr.seoul.smartcity.security.service;

import java.util.List;

/**
 * The sites an administrator allows to frame the embeddable pages, as origins ({@code https://news.seoul.go.kr}): a
 * port the security headers read and the feature that keeps the list implements.
 */
@FunctionalInterface
public interface EmbeddingSites {
    List<String> origins();
}
