package kr.seoul.smartcity.usage.service;

import java.util.List;

/**
 * What could be used, for the uses that never came: a feature names its widgets ({@code wall/wall-map} with a label)
 * so that the analytics can list those nobody opened.
 */
public interface UsageSubjects {

    /** Subjects of widget uses with their labels, as {@code dashboard/widget}. */
    List<Subject> widgets();

    record Subject(String key, String label, String perspective) {}
}
