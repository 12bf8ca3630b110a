package kr.seoul.smartcity.usage.ui;

import com.vaadin.flow.server.VaadinSession;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.usage.domain.DeviceKind;
import kr.seoul.smartcity.usage.domain.UsageKind;
import kr.seoul.smartcity.usage.service.UsageRecorder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Records a use made on the current screen: by whom (a member of staff, recorded only with their consent, or a
 * citizen, only counted) and on which kind of device. For features that have uses worth counting (a widget's
 * details, a command, a kiosk touch).
 */
@Component
@NamedInterface("ui")
public class Uses {

    private final UsageRecorder recorder;
    private final CurrentUser currentUser;

    Uses(UsageRecorder recorder, CurrentUser currentUser) {
        this.recorder = recorder;
        this.currentUser = currentUser;
    }

    public void record(UsageKind kind, String subject) {
        CityUser user = currentUser.get().orElse(null);
        recorder.record(
                kind,
                subject,
                device(),
                0,
                user == null ? null : user.getUsername(),
                user == null ? null : user.role(),
                null);
    }

    /** A touch of a kiosk in a station: always a citizen's, only counted. */
    public void kioskTouch(String station) {
        recorder.record(UsageKind.KIOSK_TOUCH, station, DeviceKind.KIOSK, 0, null, null, station);
    }

    static DeviceKind device() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null
                ? DeviceKind.DESKTOP
                : DeviceKind.of(session.getBrowser().getBrowserApplication());
    }
}
