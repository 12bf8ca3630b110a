package kr.seoul.smartcity.security.service;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The member of staff signed in to the current session, if any. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<CityUser> get() {
        return authentication.getAuthenticatedUser(CityUser.class);
    }

    /** The viewer of the current request: a member of staff, or an anonymous citizen. */
    public Viewer viewer() {
        return get().map(user -> new Viewer(user.role(), user.departmentCode())).orElse(Viewer.CITIZEN);
    }

    public void logout() {
        authentication.logout();
    }
}
