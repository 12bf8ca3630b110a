package kr.seoul.smartcity.dataissue.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.server.VaadinSession;

/**
 * The receipts of the reports sent from this browser session, newest first, so that the receipt page can list
 * "my reports". Kept in the session only: nothing ties a citizen's reports together once the session ends.
 */
final class SessionReceipts {

    private static final String ATTRIBUTE = SessionReceipts.class.getName();
    private static final int KEPT = 20;

    private SessionReceipts() {}

    static void remember(String receipt) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        ArrayList<String> receipts = new ArrayList<>(all());
        receipts.remove(receipt);
        receipts.addFirst(receipt);
        while (receipts.size() > KEPT) {
            receipts.removeLast();
        }
        session.setAttribute(ATTRIBUTE, receipts);
    }

    @SuppressWarnings("unchecked")
    static List<String> all() {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session == null ? null : session.getAttribute(ATTRIBUTE);
        return stored instanceof List<?> list ? List.copyOf((List<String>) list) : List.of();
    }
}
