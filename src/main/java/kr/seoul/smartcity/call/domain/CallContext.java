package kr.seoul.smartcity.call.domain;

import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * Where a call was started from, for the call log: an alert, an incident, a project, the directory or a room.
 *
 * @param reference the identifier there (an incident's id, say); empty when there is none
 * @param label     what people read (the incident's title, say)
 */
@NamedInterface("model")
public record CallContext(ContextType type, String reference, String label) {

    public CallContext {
        Objects.requireNonNull(type, "type");
        reference = reference == null ? "" : reference;
        label = label == null ? "" : label.length() > 200 ? label.substring(0, 200) : label;
    }

    public static CallContext directory() {
        return new CallContext(ContextType.DIRECTORY, "", "");
    }

    public static CallContext of(ContextType type, Object reference, String label) {
        return new CallContext(type, String.valueOf(reference), label);
    }
}
