package kr.seoul.smartcity.base.domain;

import org.jspecify.annotations.Nullable;

/** A record that carries a disclosure class and, where it has one, the code of the department that owns it. */
public interface Disclosed {

    DisclosureClass disclosure();

    @Nullable
    String owningDepartment();
}
