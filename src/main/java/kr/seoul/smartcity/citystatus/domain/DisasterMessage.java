package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A disaster text message (재난문자) as the national feed sent it: public by nature.
 *
 * @param step 안전안내, 긴급재난 or 위급재난
 */
@Table("disaster_message")
@NamedInterface("model")
public record DisasterMessage(@Id long serial, Instant sentAt, String text, String regions, String step, String kind) {}
