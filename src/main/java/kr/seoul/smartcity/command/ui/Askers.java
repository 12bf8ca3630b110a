package kr.seoul.smartcity.command.ui;

import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.springframework.modulith.NamedInterface;

/** The asker behind the current screen. */
@NamedInterface("ui")
public final class Askers {

    private Askers() {}

    public static Asker current(CurrentUser currentUser) {
        return new Asker(
                currentUser.viewer(),
                currentUser.get().map(CityUser::getUsername).orElse(null));
    }
}
