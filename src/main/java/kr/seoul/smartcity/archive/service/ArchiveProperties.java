package kr.seoul.smartcity.archive.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The digital archive.
 *
 * @param index        name of the alias searched; the versioned indices behind it are {@code <index>-v<n>}
 * @param pollInterval how often the indexer looks at the outbox
 * @param maxBackoff   longest wait between two attempts at one outbox entry
 * @param maxFileSize  largest file accepted
 */
@ConfigurationProperties("city.archive")
public record ArchiveProperties(
        @DefaultValue("archive") String index,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("50MB") DataSize maxFileSize) {}
