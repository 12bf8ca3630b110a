package kr.seoul.smartcity.base.events;

import java.util.Objects;

/**
 * A named stream of live events with the type of its payload. The name travels between application instances, the
 * payload as JSON, so payloads are small records of plain values.
 *
 * @param name stable name, for example {@code notice.posted}
 * @param payloadType record type of the payload
 */
public record Topic<T>(String name, Class<T> payloadType) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payloadType, "payloadType");
        if (!name.matches("[a-z][a-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException("Topic names are lower-case words joined by dots: " + name);
        }
    }

    public static <T> Topic<T> of(String name, Class<T> payloadType) {
        return new Topic<>(name, payloadType);
    }
}
