package kr.seoul.smartcity.directive.ui;

import java.util.Optional;

import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;

/** The signed-in member of staff as the directive service knows them. */
final class Actors {

    private Actors() {}

    static Optional<Actor> current(CurrentUser currentUser) {
        return currentUser.get().map(Actors::of);
    }

    static Actor of(CityUser user) {
        return new Actor(user.getUsername(), user.displayName(), user.role(), user.departmentCode());
    }
}
