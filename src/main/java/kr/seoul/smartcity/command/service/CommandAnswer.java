package kr.seoul.smartcity.command.service;

import java.util.Locale;
import java.util.Optional;

import kr.seoul.smartcity.command.domain.Match;

/**
 * A short spoken or written answer to a command, for features that have one: "강남구 미세먼지 35 µg/m³, 보통, 1시간 전보다
 * 올랐습니다". Shown next to what the command opens and read aloud when it was spoken.
 */
public interface CommandAnswer {

    Optional<String> answer(Asker asker, Match match, Locale locale);
}
