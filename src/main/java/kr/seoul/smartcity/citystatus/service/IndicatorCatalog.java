package kr.seoul.smartcity.citystatus.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.domain.IndicatorAreaStore;
import kr.seoul.smartcity.citystatus.domain.IndicatorCatalogueStore;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/**
 * The indicators the platform knows, and which of them a viewer may see. Retired indicators are shown nowhere.
 * The catalogue is read once and kept until it changes: a change here, or on another instance through the live
 * event bus ({@link CatalogueChanged}), drops the copy and the next read takes the catalogue as it now is.
 */
@Service
public class IndicatorCatalog {

    private final IndicatorCatalogueStore store;
    private final IndicatorAreaStore areaStore;
    private final DisclosurePolicy disclosure;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    /** The catalogue as read at one moment: every entry by code (retired ones too) and the areas. */
    private record Snapshot(Map<String, CatalogueEntry> entries, List<IndicatorArea> areas) {}

    IndicatorCatalog(
            IndicatorCatalogueStore store,
            IndicatorAreaStore areaStore,
            DisclosurePolicy disclosure,
            LiveEventBus events) {
        this.store = store;
        this.areaStore = areaStore;
        this.disclosure = disclosure;
        // subscribed before any screen, so that screens told to redraw read the new catalogue
        events.subscribe(CatalogueChanged.TOPIC, changed -> forget());
    }

    /** All indicators in use, in display order. */
    public List<Indicator> all() {
        return current().entries().values().stream()
                .filter(entry -> !entry.retired())
                .map(CatalogueEntry::indicator)
                .toList();
    }

    public List<Indicator> visibleTo(Viewer viewer) {
        return all().stream()
                .filter(indicator -> disclosure.canSee(viewer, indicator))
                .toList();
    }

    /** An indicator in use; a retired one is not found. */
    public Optional<Indicator> find(String code) {
        return entry(code).filter(entry -> !entry.retired()).map(CatalogueEntry::indicator);
    }

    public Optional<Indicator> findVisible(Viewer viewer, String code) {
        return find(code).filter(indicator -> disclosure.canSee(viewer, indicator));
    }

    /** Whether the code names a retired indicator: it keeps its history and takes no new values. */
    public boolean isRetired(String code) {
        return entry(code).map(CatalogueEntry::retired).orElse(false);
    }

    /** Every entry with its metadata, retired ones too, in display order. */
    public List<CatalogueEntry> entries() {
        return List.copyOf(current().entries().values());
    }

    public Optional<CatalogueEntry> entry(String code) {
        return Optional.ofNullable(current().entries().get(code));
    }

    /** The areas in use, in display order. */
    public List<IndicatorArea> areas() {
        return current().areas().stream().filter(area -> !area.retired()).toList();
    }

    /** Every area, retired ones too. */
    public List<IndicatorArea> allAreas() {
        return current().areas();
    }

    public Optional<IndicatorArea> area(String code) {
        return current().areas().stream()
                .filter(area -> area.code().equals(code))
                .findFirst();
    }

    /** The name of an area in a language; its code if it is unknown. */
    public String areaName(String code, Locale locale) {
        return area(code).map(area -> area.name(locale)).orElse(code);
    }

    /** Drops the copy; the next read takes the catalogue from the database. */
    synchronized void forget() {
        generation.incrementAndGet();
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null) {
            long before = generation.get();
            Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
            store.entries().forEach(entry -> entries.put(entry.code(), entry));
            current = new Snapshot(Collections.unmodifiableMap(entries), List.copyOf(areaStore.areas()));
            synchronized (this) {
                if (generation.get() == before) {
                    // kept only if nothing changed while it was read; otherwise the next read tries again
                    snapshot = current;
                }
            }
        }
        return current;
    }
}
