package kr.seoul.smartcity.base.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps Vaadin's copy of each UI's last answer deflated.
 * <p>
 * Vaadin keeps the last answer it sent over HTTP for every UI, to send it again when the browser resends a message
 * whose answer it never got. A page's first render goes over HTTP and the later messages over the websocket, so for
 * a screen that only displays (a citizen's home, a kiosk) that copy is the whole first render, kept as long as the
 * screen is open: about 110,000 characters of JSON held as a UTF-16 string, a third of the UI's heap. This handler
 * answers Vaadin's HTTP messages exactly as Vaadin does, then keeps that copy deflated (about a tenth of its size)
 * and inflates it only for the message that is a resend, by the same rule Vaadin uses to recognise one. Registered
 * ahead of Vaadin's own handler, which therefore never sees these requests.
 */
@Component
class DeflatedResendCopies implements VaadinServiceInitListener {

    /** Answers below this size are kept as Vaadin keeps them: deflating would save little. */
    static final int SMALLEST_DEFLATED = 8 * 1024;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    /** What is kept instead of the answer: the deflated UTF-8 bytes and the length of the text. */
    record DeflatedAnswer(byte[] bytes, int utf8Length) {}

    static final class Handler extends UidlRequestHandler {

        private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(
                VaadinSession session, VaadinRequest request, VaadinResponse response, String requestBody)
                throws IOException {
            UI ui = session.getService().findUI(request);
            // the message's id is read only for a UI with a deflated copy: most messages come from UIs without one
            if (ui != null && ComponentUtil.getData(ui, DeflatedAnswer.class) != null && isResend(ui, requestBody)) {
                restore(ui);
            }
            Optional<ResponseWriter> writer = super.synchronizedHandleRequest(session, request, response, requestBody);
            if (ui != null) {
                keepDeflated(ui);
            }
            return writer;
        }

        /** Vaadin's rule: a message is a resend when its id is the last one it processed. Unreadable: treated as one. */
        static boolean isResend(UI ui, String requestBody) {
            Matcher id = CLIENT_ID.matcher(requestBody == null ? "" : requestBody);
            return !id.find()
                    || Integer.parseInt(id.group(1)) == ui.getInternals().getLastProcessedClientToServerId();
        }

        static void restore(UI ui) {
            DeflatedAnswer kept = ComponentUtil.getData(ui, DeflatedAnswer.class);
            if (kept != null) {
                ui.getInternals().setLastRequestResponse(inflate(kept));
                ComponentUtil.setData(ui, DeflatedAnswer.class, null);
            }
        }

        static void keepDeflated(UI ui) {
            UIInternals internals = ui.getInternals();
            String answer = internals.getLastRequestResponse();
            if (answer == null || answer.isEmpty()) {
                return; // nothing new was written (an error answer); a deflated copy kept earlier stays valid
            }
            if (answer.length() < SMALLEST_DEFLATED) {
                ComponentUtil.setData(ui, DeflatedAnswer.class, null);
                return;
            }
            ComponentUtil.setData(ui, DeflatedAnswer.class, deflate(answer));
            internals.setLastRequestResponse("");
        }

        static DeflatedAnswer deflate(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try {
                deflater.setInput(utf8);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 6);
                byte[] buffer = new byte[8192];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return new DeflatedAnswer(out.toByteArray(), utf8.length);
            } finally {
                deflater.end();
            }
        }

        static String inflate(DeflatedAnswer kept) {
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(kept.bytes());
                byte[] utf8 = new byte[kept.utf8Length()];
                int read = 0;
                while (read < utf8.length && !inflater.finished()) {
                    read += inflater.inflate(utf8, read, utf8.length - read);
                }
                return new String(utf8, 0, read, StandardCharsets.UTF_8);
            } catch (DataFormatException e) {
                throw new IllegalStateException("the kept answer could not be inflated", e);
            } finally {
                inflater.end();
            }
        }
    }
}
