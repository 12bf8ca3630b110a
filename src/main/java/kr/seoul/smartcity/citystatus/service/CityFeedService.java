package kr.seoul.smartcity.citystatus.service;

import java.util.List;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.DisasterMessage;
import kr.seoul.smartcity.citystatus.domain.DisasterMessageRepository;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;
import kr.seoul.smartcity.citystatus.domain.MapPointStore;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/** Point data for the map layers and the disaster text messages, as feeds deliver them. */
@Service
public class CityFeedService {

    private final MapPointStore points;
    private final DisasterMessageRepository messages;
    private final DisclosurePolicy disclosure;
    private final LiveEventBus events;
    private final DatabaseCalls await;

    CityFeedService(
            MapPointStore points,
            DisasterMessageRepository messages,
            DisclosurePolicy disclosure,
            LiveEventBus events,
            DatabaseCalls await) {
        this.await = await;
        this.points = points;
        this.messages = messages;
        this.disclosure = disclosure;
        this.events = events;
    }

    public void updatePoints(MapLayer layer, List<MapPoint> updated) {
        if (updated.stream().anyMatch(point -> point.layer() != layer)) {
            throw new IllegalArgumentException("Every point must be on layer " + layer);
        }
        points.upsert(updated);
        events.publish(CityFeedUpdated.TOPIC, new CityFeedUpdated(layer.name()));
    }

    public List<MapPoint> points(Viewer viewer, MapLayer layer) {
        return points.layer(layer).stream()
                .filter(point -> disclosure.canSee(viewer, point))
                .toList();
    }

    /** Stores messages not seen before (by serial number); returns how many were new. */
    public int addDisasterMessages(List<DisasterMessage> received) {
        int added = 0;
        for (DisasterMessage message : received) {
            Long inserted = messages.insertIfNew(
                            message.serial(),
                            message.sentAt(),
                            message.text(),
                            message.regions(),
                            message.step(),
                            message.kind())
                    .as(await::value);
            added += inserted == null ? 0 : inserted.intValue();
        }
        if (added > 0) {
            events.publish(CityFeedUpdated.TOPIC, new CityFeedUpdated("disaster-messages"));
        }
        return added;
    }

    public List<DisasterMessage> latestDisasterMessages() {
        return messages.findTop20ByOrderBySentAtDesc().as(await::list);
    }
}
