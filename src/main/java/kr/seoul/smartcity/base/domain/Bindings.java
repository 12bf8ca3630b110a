package kr.seoul.smartcity.base.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** The one way stores bind a value that may be absent: R2DBC needs the column's type to bind SQL NULL. */
public final class Bindings {

    private Bindings() {}

    public static <T> GenericExecuteSpec nullable(
            GenericExecuteSpec spec, String name, @Nullable T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    public static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, @Nullable String value) {
        return nullable(spec, name, value, String.class);
    }
}
