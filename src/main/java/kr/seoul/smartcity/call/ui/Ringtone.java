package kr.seoul.smartcity.call.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Ring sounds made in the browser with Web Audio (no sound files): {@code ring} for an incoming call, {@code
 * ringback} for the caller while the other side rings. The script defines itself on first use, so it works on every
 * screen. A browser that blocks sound before the first touch stays silent; what is shown does not depend on it.
 */
final class Ringtone {

    private static final String SCRIPT = """
            if (!window.cityRingtone) {
              const patterns = {
                ring: {tones: [880, 660], on: 0.4, gap: 0.15, pause: 1.2, gain: 0.15},
                ringback: {tones: [440], on: 1.0, gap: 0, pause: 2.0, gain: 0.06}
              };
              let context = null, timer = null;
              const burst = (p) => {
                const start = context.currentTime;
                let at = start;
                for (const frequency of p.tones) {
                  const oscillator = context.createOscillator(), gain = context.createGain();
                  oscillator.frequency.value = frequency;
                  gain.gain.setValueAtTime(p.gain, at);
                  gain.gain.exponentialRampToValueAtTime(0.0001, at + p.on);
                  oscillator.connect(gain).connect(context.destination);
                  oscillator.start(at);
                  oscillator.stop(at + p.on);
                  at += p.on + p.gap;
                }
                return (at - start + p.pause) * 1000;
              };
              window.cityRingtone = {
                playing: null,
                start(kind) {
                  this.stop();
                  const p = patterns[kind] || patterns.ring;
                  this.playing = kind;
                  try {
                    context = context || new AudioContext();
                    context.resume().catch(() => {});
                    const loop = () => { timer = setTimeout(loop, burst(p)); };
                    loop();
                    if (kind === 'ring' && navigator.vibrate) { navigator.vibrate([400, 200, 400]); }
                  } catch (e) { console.warn('ringtone:', e); }
                },
                stop() {
                  this.playing = null;
                  if (timer) { clearTimeout(timer); timer = null; }
                }
              };
            }
            """;

    private Ringtone() {}

    /** Starts ringing in the component's browser tab (through the page, so it works while dialogs come and go). */
    static void start(Component component, String kind) {
        page(component).ifPresent(page -> page.executeJs(SCRIPT + "window.cityRingtone.start($0);", kind));
    }

    static void stop(Component component) {
        page(component).ifPresent(page -> page.executeJs("window.cityRingtone && window.cityRingtone.stop();"));
    }

    private static java.util.Optional<com.vaadin.flow.component.page.Page> page(Component component) {
        return component
                .getUI()
                .or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .map(UI::getPage);
    }
}
