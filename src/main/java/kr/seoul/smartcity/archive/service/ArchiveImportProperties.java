package kr.seoul.smartcity.archive.service;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bulk import into the archive.
 *
 * @param folder        when set, the application imports this folder at start-up and exits (command-line import)
 * @param csv           the metadata CSV of that import; {@code metadata.csv} in the folder when unset
 * @param exit          whether the command-line import ends the application (with status 0 when every row was
 *                      imported, 1 otherwise)
 * @param maxUploadSize largest ZIP archive an administrator may upload on the import screen
 */
@ConfigurationProperties("city.archive.import")
public record ArchiveImportProperties(
        @Nullable Path folder,
        @Nullable Path csv,
        @DefaultValue("true") boolean exit,
        @DefaultValue("1GB") DataSize maxUploadSize) {}
