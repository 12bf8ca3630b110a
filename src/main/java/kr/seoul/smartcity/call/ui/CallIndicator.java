package kr.seoul.smartcity.call.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.base.ui.TopBarBadge;
import kr.seoul.smartcity.call.domain.Call;
import kr.seoul.smartcity.call.service.CallRinging;
import kr.seoul.smartcity.call.service.CallService;
import kr.seoul.smartcity.call.service.CallUpdated;
import kr.seoul.smartcity.directory.service.DirectoryService;

/**
 * The telephone in the top bar of every staff screen: the number of missed calls (it opens the call list), and
 * the ringing dialog the moment someone calls, pushed from the server without a reload.
 */
class CallIndicator extends Composite<TopBarBadge> {

    private final CallService calls;
    private final DirectoryService directory;
    private final String username;
    private final TopBarBadge badge = new TopBarBadge(
            VaadinIcon.PHONE,
            new TopBarBadge.Names("call-indicator", "missed-count", "data-missed", "has-missed"),
            CallsView.class);
    private RingingDialog ringing;
    private Registration seenRegistration;

    CallIndicator(CallService calls, DirectoryService directory, LiveEventBus events, String username) {
        this.calls = calls;
        this.directory = directory;
        this.username = username;
        refresh();
        LiveUpdates.follow(this, events, CallRinging.TOPIC, ring -> refresh());
        LiveUpdates.follow(badge.count(), events, CallUpdated.TOPIC, updated -> refresh());
        addAttachListener(attach -> {
            seenRegistration = ComponentUtil.addListener(attach.getUI(), MissedCallsSeen.class, seen -> refresh());
            refresh();
        });
        addDetachListener(detach -> {
            if (seenRegistration != null) {
                seenRegistration.remove();
            }
        });
    }

    @Override
    protected TopBarBadge initContent() {
        return badge;
    }

    private void refresh() {
        int count = calls.unseenMissed(username);
        badge.show(count, getTranslation("call.indicator", count));

        List<Call> ringingNow = calls.ringingFor(username);
        if (ringing != null && ringingNow.stream().noneMatch(call -> call.id() == ringing.callId())) {
            ringing.close();
            ringing = null;
        }
        Optional<Call> next = ringingNow.stream().findFirst();
        if (ringing == null && next.isPresent()) {
            Call call = next.get();
            ringing = new RingingDialog(
                    call,
                    People.nameWithDepartment(directory, call.caller(), getLocale()),
                    () -> accept(call),
                    () -> decline(call));
            ringing.open();
        }
    }

    private void accept(Call call) {
        ringing = null;
        try {
            calls.accept(call.id(), username);
            getUI().ifPresent(ui -> ui.navigate(CallView.class, call.id()));
        } catch (RuntimeException e) {
            CallButtons.refused(e);
            refresh();
        }
    }

    private void decline(Call call) {
        ringing = null;
        calls.decline(call.id(), username);
        refresh();
    }
}
