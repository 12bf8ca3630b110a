package kr.seoul.smartcity.shell.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * Something a feature puts in the top bar of every screen (the alert bell, for example). Spring beans of this type
 * are asked once per layout; they return nothing for visitors who should not see them.
 */
@NamedInterface("ui")
public interface NavbarContribution {

    Optional<Component> create();
}
