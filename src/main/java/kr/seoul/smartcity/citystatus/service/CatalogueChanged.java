package kr.seoul.smartcity.citystatus.service;

import java.util.List;

import kr.seoul.smartcity.base.events.Topic;

/**
 * Live event: the catalogue changed (these indicators, or the areas when the list is empty). Every instance drops
 * its copy of the catalogue, and open screens redraw with the indicators as they now are.
 */
public record CatalogueChanged(List<String> indicatorCodes) {

    public static final Topic<CatalogueChanged> TOPIC = Topic.of("citystatus.catalogue", CatalogueChanged.class);
}
