package kr.seoul.smartcity.base.ui;

import java.time.Duration;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The notice before a player's idle reset (WCAG 2.2.1): "곧 처음 화면으로 돌아갑니다 — 계속 보려면 화면을 누르세요", the
 * seconds left and a large "계속 보기" button, over a veil a touch anywhere on which keeps the screen as it is. A polite
 * live region, always in the page, says the notice once when it appears (screen readers do not read a region that
 * appears with its text); the seconds that count down are outside it, so they are not read out every second. Used by
 * the kiosk, a dashboard's play mode and the kiosk's theme pages.
 */
public class IdleNotice extends Composite<Div> {

    private final Div region = new Div();
    private final Div veil = new Div();
    private final Paragraph seconds = new Paragraph();
    private boolean shown;

    /** {@code prefix} names the ids ({@code kiosk-idle-notice}); {@code keep} runs when the person asks to stay. */
    public IdleNotice(String prefix, Runnable keep) {
        region.setId(prefix + "-idle-status");
        region.addClassName("live-summary");
        region.getElement().setAttribute("role", "status");
        region.getElement().setAttribute("aria-live", "polite");
        region.getElement().setAttribute("aria-atomic", "true");

        Paragraph message = new Paragraph(getTranslation("player.idle.warning"));
        message.addClassName("idle-notice-message");
        String messageId = prefix + "-idle-message";
        message.setId(messageId);
        seconds.addClassName("idle-notice-seconds");
        Button stay = new Button(getTranslation("player.idle.keep"), click -> keep.run());
        stay.setId(prefix + "-idle-keep");
        stay.addClassName("idle-notice-keep");
        Div box = new Div(message, seconds, stay);
        box.addClassName("idle-notice-box");
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-labelledby", messageId);
        veil.addClassName("idle-notice");
        veil.setId(prefix + "-idle-notice");
        veil.add(box);
        // hidden, not invisible: an invisible component is not in the page at all
        veil.getElement().setAttribute("hidden", true);
        getContent().addClassName("idle-notice-host");
        getContent().add(region, veil);
    }

    /** Shows the notice with the whole seconds left; the region speaks only when the notice appears. */
    public void show(long secondsLeft) {
        seconds.setText(getTranslation("player.idle.seconds", secondsLeft));
        if (!shown) {
            shown = true;
            veil.getElement().removeAttribute("hidden");
            region.setText(getTranslation("player.idle.announce", secondsLeft));
        }
    }

    /** Takes the notice away (a touch, a key, or the reset itself). */
    public void hide() {
        if (shown) {
            shown = false;
            veil.getElement().setAttribute("hidden", true);
            region.setText("");
        }
    }

    public boolean shown() {
        return shown;
    }

    /**
     * How long before a reset after {@code idle} the notice shows: {@code warning}, but at most half the idle time, so
     * that a short idle time is not all notice.
     */
    public static Duration lead(Duration idle, Duration warning) {
        Duration half = idle.dividedBy(2);
        return warning.compareTo(half) > 0 ? half : warning;
    }

    /** The notice for this much time left: shown, with the whole seconds left, once within the lead; else hidden. */
    public void showFor(Duration left, Duration lead) {
        if (left.compareTo(lead) <= 0) {
            show((left.toMillis() + 999) / 1000);
        } else {
            hide();
        }
    }
}
