package kr.seoul.smartcity.bench.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.e2e.Browser;
import org.junit.jupiter.api.Test;

/**
 * Page load in headless Chromium against an instance with the production frontend bundle: time to first content
 * (the browser's first-contentful-paint) and to interactive (Vaadin's client has started, the view's heading is on
 * screen and no request is in flight), for the citizens' home page in a browser with an empty cache, the same page
 * again with the cache warm, and the mayor's main page ({@code /office}) after signing in. Also the JavaScript the
 * browser downloaded for the page, as sent (compressed) and unpacked.
 * <p>
 * Run: {@code ./mvnw verify -Pbench -Dit.test=PageLoadBench}; loads per page {@code -Dbench.loads=10}.
 */
class PageLoadBench {

    private static final String MEASURE = """
            const done = arguments[arguments.length - 1];
            const ready = () => !!document.querySelector('h1') && window.Vaadin && window.Vaadin.Flow
                && window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
            let reported = false;
            const report = (interactive, firstContent) => {
              if (reported) { return; }
              reported = true;
              const scripts = performance.getEntriesByType('resource').filter(r => r.name.split('?')[0].endsWith('.js'));
              done({
                firstContent: firstContent,
                interactive: interactive,
                jsSent: scripts.reduce((sum, r) => sum + r.transferSize, 0),
                jsUnpacked: scripts.reduce((sum, r) => sum + r.decodedBodySize, 0),
                scripts: scripts.length
              });
            };
            const check = () => {
              if (!ready()) { requestAnimationFrame(check); return; }
              const interactive = performance.now();
              // the paint entry is recorded once the frame is on screen, which can be just after this
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              if (paint) { report(interactive, paint.startTime); return; }
              const observer = new PerformanceObserver(list => {
                const entry = list.getEntriesByName('first-contentful-paint')[0];
                if (entry) { observer.disconnect(); report(interactive, entry.startTime); }
              });
              observer.observe({type: 'paint', buffered: true});
              setTimeout(() => { observer.disconnect(); report(interactive, -1); }, 3000);
            };
            check();
            """;

    private record Load(double firstContent, double interactive, long jsSent, long jsUnpacked, long scripts) {
    }

    @Test
    void pageLoad() throws Exception {
        int loads = Integer.getInteger("bench.loads", 10);
        Map<String, String> properties = new LinkedHashMap<>(LiveDashboardBench.services());
        properties.putAll(LiveDashboardBench.quiet());
        properties.remove("city.simulation.enabled"); // the home page as citizens see it, with the simulated city
        Map<String, List<Load>> results = new LinkedHashMap<>();
        try (BenchApp node = BenchApp.start("page-load", properties, "1g", LiveDashboardBench.WORK)) {
            // one load to let the server warm up (first requests, JIT), not counted
            measure(node, "/", false, false);
            for (int i = 0; i < loads; i++) {
                results.computeIfAbsent("citizens' home `/`, empty cache", k -> new ArrayList<>())
                        .add(measure(node, "/", false, false));
                results.computeIfAbsent("citizens' home `/`, warm cache", k -> new ArrayList<>())
                        .add(measure(node, "/", false, true));
                results.computeIfAbsent("mayor's main page `/office` after sign-in", k -> new ArrayList<>())
                        .add(measure(node, "/office", true, false));
            }
        }
        StringBuilder table = new StringBuilder("""
                | Page | first content p50 ms | p95 ms | interactive p50 ms | p95 ms | JS sent KiB | JS unpacked KiB | scripts |
                |---|---:|---:|---:|---:|---:|---:|---:|
                """);
        results.forEach((page, measured) -> table.append(String.format("| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %d |%n",
                page, percentile(measured, Load::firstContent, 50), percentile(measured, Load::firstContent, 95),
                percentile(measured, Load::interactive, 50), percentile(measured, Load::interactive, 95),
                measured.getFirst().jsSent() / 1024.0, measured.getFirst().jsUnpacked() / 1024.0,
                measured.getFirst().scripts())));
        System.out.println("\nPage load in headless Chromium, " + loads + " loads each (production bundle):\n" + table);
    }

    /** One load in a new browser; warm: loads the page once first so that its cache holds the bundle. */
    private static Load measure(BenchApp node, String path, boolean mayor, boolean warm) {
        Browser browser = new Browser(node.port(), Browser.DESKTOP);
        try {
            if (mayor) {
                browser.signIn("mayor", "mayor");
            } else if (warm) {
                browser.open(path);
            }
            browser.load(path);
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = (Map<String, Object>) browser.jsAsync(MEASURE);
            return new Load(number(figures, "firstContent"), number(figures, "interactive"),
                    (long) number(figures, "jsSent"), (long) number(figures, "jsUnpacked"), (long) number(figures, "scripts"));
        } finally {
            browser.close();
        }
    }

    private static double number(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).doubleValue();
    }

    private static double percentile(List<Load> loads, java.util.function.ToDoubleFunction<Load> figure, int percent) {
        double[] sorted = loads.stream().mapToDouble(figure).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
