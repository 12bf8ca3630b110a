package kr.seoul.smartcity.base.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the application waits for PostgreSQL.
 *
 * @param timeout the longest a store waits for one statement or transaction (reads, writes, an import's batch)
 *                before it reports the database as unavailable
 */
@ConfigurationProperties("city.database")
public record DatabaseProperties(@DefaultValue("PT30S") Duration timeout) {}
