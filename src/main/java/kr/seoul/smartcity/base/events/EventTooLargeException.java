package kr.seoul.smartcity.base.events;

/** An event whose payload is larger than PostgreSQL's NOTIFY can carry between instances. */
public class EventTooLargeException extends IllegalArgumentException {

    EventTooLargeException(String topic, int bytes, int limit) {
        super("Event on " + topic + " is " + bytes + " bytes; at most " + limit
                + " bytes travel between instances. Publish an identifier and let subscribers load the rest.");
    }
}
