package kr.seoul.smartcity.bench.live;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import kr.seoul.smartcity.e2e.Browser;
import org.junit.jupiter.api.Test;

/**
 * Page load in headless Chromium against an instance with the production frontend bundle: time to first content
 * (the browser's first-contentful-paint), to interactive (Vaadin's client has started, the view's heading is on
 * screen and no request is in flight) and to drawn (every chart and map on screen drawn), for the citizens' home page
 * in a browser with an empty cache, the same page again with the cache warm, and the mayor's main page
 * ({@code /office}) after signing in. Also the JavaScript and the fonts the browser downloaded for the page, as sent
 * (compressed) and unpacked, and for the home page with an empty cache where the time went.
 * <p>
 * Run: {@code ./mvnw verify -Pbench -Dit.test=PageLoadBench}; loads per page {@code -Dbench.loads=10}.
 * <p>
 * To compare builds in one sitting, {@code -Dbench.variants=before@DIR,after} measures several instances side by
 * side, their loads taking turns: each variant is {@code name[@DIR][+property=value...]}, where DIR holds another
 * build's {@code target/classes} (copied from a build of an earlier commit; without it, this build's) and the
 * properties are given to that instance only (such as {@code +vaadin.eagerServerLoad=true}). The instances share the
 * embedded PostgreSQL and Elasticsearch; the first one runs the simulated city, the others show its values as a
 * second instance does. The ratios are to the first variant. {@code -Dbench.screenshots=true} (or a list of variants)
 * also saves the home page and the mayor's page of each variant, drawn, at desktop and phone width (see
 * {@link #screenshots}).
 */
class PageLoadBench {

    private static final String MEASURE = """
            const done = arguments[arguments.length - 1];
            const ready = () => !!document.querySelector('h1') && window.Vaadin && window.Vaadin.Flow
                && window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
            const shown = (e) => e.clientWidth > 0 && e.clientHeight > 0;
            // every chart and map on screen has drawn (a chart its SVG, a map its districts)
            const drawn = () => [...document.querySelectorAll('city-apex-chart')].filter(shown)
                    .every(c => c.querySelector('svg'))
                && [...document.querySelectorAll('city-map')].filter(shown)
                    .every(m => m.querySelector('.leaflet-overlay-pane path'));
            const isScript = (r) => r.name.split('?')[0].endsWith('.js');
            const isFont = (r) => /\\.woff2?$/.test(r.name.split('?')[0]);
            const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
            const latest = (list) => list.length ? Math.max(...list.map(r => r.responseEnd)) : -1;
            let interactive = -1;
            let jsAtInteractive = 0;
            let firstContent = -1;
            let reported = false;
            const report = (drawnAt) => {
              if (reported) { return; }
              reported = true;
              const all = performance.getEntriesByType('resource');
              const scripts = all.filter(isScript);
              const fonts = all.filter(isFont);
              const init = all.find(r => r.name.includes('v-r=init'));
              const navigation = performance.getEntriesByType('navigation')[0];
              done({
                firstContent: firstContent,
                interactive: interactive,
                drawn: drawnAt,
                html: navigation ? navigation.responseEnd : -1,
                scriptsDone: latest(scripts.filter(r => r.startTime < interactive)),
                initSent: init ? init.startTime : -1,
                initDone: init ? init.responseEnd : -1,
                initBytes: init ? init.encodedBodySize : -1,
                initUnpacked: init ? init.decodedBodySize : -1,
                fontsDone: latest(fonts),
                jsSent: sum(scripts, 'transferSize'),
                jsUnpacked: sum(scripts, 'decodedBodySize'),
                jsUnpackedAtInteractive: jsAtInteractive,
                scripts: scripts.length,
                fontsSent: sum(fonts, 'transferSize'),
                fonts: fonts.length
              });
            };
            const started = performance.now();
            const awaitDrawn = () => {
              // the font files' entries are there once the fonts the page asked for have come
              if (drawn()) { const at = performance.now(); document.fonts.ready.then(() => report(at)); return; }
              if (performance.now() - started > 25000) { report(-1); return; }
              requestAnimationFrame(awaitDrawn);
            };
            const check = () => {
              if (!ready() && performance.now() - started > 20000) { report(-1); return; } // not ready: a failed load
              if (!ready()) { requestAnimationFrame(check); return; }
              interactive = performance.now();
              jsAtInteractive = sum(performance.getEntriesByType('resource').filter(isScript), 'decodedBodySize');
              // the paint entry is recorded once the frame is on screen, which can be just after this
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              if (paint) { firstContent = paint.startTime; awaitDrawn(); return; }
              const observer = new PerformanceObserver(list => {
                const entry = list.getEntriesByName('first-contentful-paint')[0];
                if (entry) { observer.disconnect(); firstContent = entry.startTime; awaitDrawn(); }
              });
              observer.observe({type: 'paint', buffered: true});
              setTimeout(() => { observer.disconnect(); awaitDrawn(); }, 3000);
            };
            // whatever happens (a starved renderer draws no frames), an answer before the driver's 30 s are up
            setTimeout(() => report(-1), 26000);
            check();
            """;

    private static final String HOME_EMPTY = "citizens' home `/`, empty cache";
    private static final String HOME_WARM = "citizens' home `/`, warm cache";
    private static final String OFFICE = "mayor's main page `/office` after sign-in";

    /** The figures of a load that never answered: not ready, nothing counted. */
    private static final Map<String, Object> FAILED = Map.ofEntries(
            Map.entry("firstContent", -1),
            Map.entry("interactive", -1),
            Map.entry("drawn", -1),
            Map.entry("html", -1),
            Map.entry("scriptsDone", -1),
            Map.entry("initSent", -1),
            Map.entry("initDone", -1),
            Map.entry("initBytes", -1),
            Map.entry("initUnpacked", -1),
            Map.entry("fontsDone", -1),
            Map.entry("jsSent", 0),
            Map.entry("jsUnpacked", 0),
            Map.entry("jsUnpackedAtInteractive", 0),
            Map.entry("scripts", 0),
            Map.entry("fontsSent", 0),
            Map.entry("fonts", 0));

    private record Load(Map<String, Object> figures) {
        double get(String key) {
            return ((Number) figures.get(key)).doubleValue();
        }
    }

    /** One build to measure: a name, its classes (null: this build's) and properties of its own. */
    private record Variant(String name, Path classes, Map<String, String> properties) {

        static List<Variant> parse(String spec) {
            List<Variant> variants = new ArrayList<>();
            for (String item : spec.split(",")) {
                String[] parts = item.strip().split("\\+");
                Map<String, String> properties = new LinkedHashMap<>();
                for (int i = 1; i < parts.length; i++) {
                    String[] pair = parts[i].split("=", 2);
                    properties.put(pair[0], pair.length > 1 ? pair[1] : "true");
                }
                String[] named = parts[0].split("@", 2);
                variants.add(new Variant(
                        named[0], named.length > 1 ? Path.of(named[1]).toAbsolutePath() : null, properties));
            }
            return variants;
        }

        /** The test class path with this variant's classes in place of target/classes. */
        String classPath() {
            String own = BenchApp.testClassPath();
            if (classes == null) {
                return own;
            }
            if (!Files.isDirectory(classes.resolve("META-INF/VAADIN/webapp"))) {
                throw new IllegalArgumentException(classes + " holds no production bundle (META-INF/VAADIN/webapp)");
            }
            Path target = Path.of("target", "classes").toAbsolutePath();
            List<String> entries = new ArrayList<>(Arrays.asList(own.split(File.pathSeparator)));
            int index = entries.indexOf(target.toString());
            if (index < 0) {
                throw new IllegalStateException("target/classes is not on the class path: " + own);
            }
            entries.set(index, classes.toString());
            return String.join(File.pathSeparator, entries);
        }
    }

    @Test
    void pageLoad() throws Exception {
        int loads = Integer.getInteger("bench.loads", 10);
        List<Variant> variants = Variant.parse(System.getProperty("bench.variants", "this build"));
        Map<String, String> shared = new LinkedHashMap<>(LiveDashboardBench.services());
        shared.putAll(LiveDashboardBench.quiet());
        shared.remove("city.simulation.enabled"); // the home page as citizens see it, with the simulated city
        // page -> variant -> loads
        Map<String, Map<String, List<Load>>> results = new LinkedHashMap<>();
        List<BenchApp> nodes = new ArrayList<>();
        try {
            for (Variant variant : variants) {
                Map<String, String> properties = new LinkedHashMap<>(shared);
                if (!nodes.isEmpty()) {
                    properties.put("city.simulation.enabled", "false"); // one simulated city, shown by all
                }
                properties.putAll(variant.properties());
                String name = "page-load-" + variant.name().replaceAll("[^A-Za-z0-9]+", "-");
                BenchApp node = BenchApp.start(name, variant.classPath(), properties, "1g", LiveDashboardBench.WORK);
                nodes.add(node);
                // one load to let the server warm up (first requests, JIT), not counted
                measure(node, "/", false, false);
            }
            for (int i = 0; i < loads; i++) {
                for (String page : List.of(HOME_EMPTY, HOME_WARM, OFFICE)) {
                    // the variants take turns, in alternating order, so that the machine's other load weighs on all
                    for (int v = 0; v < variants.size(); v++) {
                        int index = i % 2 == 0 ? v : variants.size() - 1 - v;
                        BenchApp node = nodes.get(index);
                        Load load = switch (page) {
                            case HOME_EMPTY -> measure(node, "/", false, false);
                            case HOME_WARM -> measure(node, "/", false, true);
                            default -> measure(node, "/office", true, false);
                        };
                        results.computeIfAbsent(page, k -> new LinkedHashMap<>())
                                .computeIfAbsent(variants.get(index).name(), k -> new ArrayList<>())
                                .add(load);
                    }
                }
            }
            String screenshots = System.getProperty("bench.screenshots", "false");
            for (int v = 0; v < variants.size(); v++) {
                if (screenshots.equals("true")
                        || List.of(screenshots.split(","))
                                .contains(variants.get(v).name())) {
                    screenshots(nodes.get(v), variants.get(v).name());
                }
            }
        } finally {
            for (BenchApp node : nodes) {
                node.close();
            }
        }
        String first = variants.getFirst().name();
        StringBuilder table = new StringBuilder("""
                | Page | build | first content p50 ms | p95 ms | interactive p50 ms | p95 ms | interactive / %s | drawn p50 ms | p95 ms | failed (not ready, not drawn) | JS sent KiB | JS unpacked KiB | of it by interactive | scripts | fonts KiB | font files |
                |---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|
                """.formatted(first));
        results.forEach((page, byVariant) -> byVariant.forEach((variant, measured) -> {
            double base = percentile(byVariant.get(first), "interactive", 50);
            table.append(String.format(
                    "| %s | %s | %.0f | %.0f | %.0f | %.0f | %.2f | %.0f | %.0f | %d, %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
                    page,
                    variant,
                    percentile(measured, "firstContent", 50),
                    percentile(measured, "firstContent", 95),
                    percentile(measured, "interactive", 50),
                    percentile(measured, "interactive", 95),
                    percentile(measured, "interactive", 50) / base,
                    percentile(measured, "drawn", 50),
                    percentile(measured, "drawn", 95),
                    failed(measured, "interactive"),
                    failed(measured, "drawn"),
                    sample(measured).get("jsSent") / 1024.0,
                    sample(measured).get("jsUnpacked") / 1024.0,
                    sample(measured).get("jsUnpackedAtInteractive") / 1024.0,
                    sample(measured).get("scripts"),
                    sample(measured).get("fontsSent") / 1024.0,
                    sample(measured).get("fonts")));
        }));
        StringBuilder where = new StringBuilder("""
                | build | page received | scripts received | init request sent | init answer received | init answer KiB sent | unpacked | interactive | drawn | fonts received |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                """);
        results.get(HOME_EMPTY)
                .forEach((variant, measured) -> where.append(String.format(
                        "| %s | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f | %.0f | %.0f | %.0f |%n",
                        variant,
                        percentile(measured, "html", 50),
                        percentile(measured, "scriptsDone", 50),
                        percentile(measured, "initSent", 50),
                        percentile(measured, "initDone", 50),
                        percentile(measured, "initBytes", 50) / 1024.0,
                        percentile(measured, "initUnpacked", 50) / 1024.0,
                        percentile(measured, "interactive", 50),
                        percentile(measured, "drawn", 50),
                        percentile(measured, "fontsDone", 50))));
        System.out.println("\nPage load in headless Chromium, " + loads + " loads each (production bundle); drawn: "
                + "every chart and map on screen drawn (-1: not within 20 s):\n" + table
                + "\nWhere the time goes, citizens' home with an empty cache (p50, ms from the start of navigation; "
                + "-1: no such request):\n" + where);
    }

    private static final String SETTLED = """
            const done = arguments[arguments.length - 1];
            const shown = (e) => e.clientWidth > 0 && e.clientHeight > 0;
            const started = performance.now();
            const check = () => {
              const drawn = [...document.querySelectorAll('city-apex-chart')].filter(shown)
                    .every(c => c.querySelector('svg'))
                && [...document.querySelectorAll('city-map')].filter(shown)
                    .every(m => m.querySelector('.leaflet-overlay-pane path'));
              if (!drawn && performance.now() - started < 20000) { requestAnimationFrame(check); return; }
              document.fonts.ready.then(() => setTimeout(() => done(drawn), 500));
            };
            check();
            """;

    /**
     * The citizens' home and the mayor's page at desktop and phone width once drawn, for people to compare builds:
     * {@code target/screenshots/page-load-VARIANT-PAGE-SIZE.png}.
     */
    private static void screenshots(BenchApp node, String variant) {
        Map<String, org.openqa.selenium.Dimension> sizes =
                Map.of("desktop", new org.openqa.selenium.Dimension(1400, 900), "phone", Browser.PHONE);
        for (String page : List.of("home", "office")) {
            for (Map.Entry<String, org.openqa.selenium.Dimension> size : sizes.entrySet()) {
                Browser browser = new Browser(node.port(), size.getValue());
                try {
                    browser.consoleMessages();
                    if (page.equals("office")) {
                        browser.signIn("mayor", "mayor");
                        browser.open("/office");
                    } else {
                        browser.open("/");
                    }
                    browser.jsAsync(SETTLED);
                    browser.screenshot(
                            "page-load-" + variant.replaceAll("[^A-Za-z0-9]+", "-") + "-" + page + "-" + size.getKey());
                } catch (RuntimeException e) {
                    System.out.printf(
                            "No screenshot of %s %s %s: %s%nConsole: %s%n",
                            variant, page, size.getKey(), e, browser.consoleMessages());
                } finally {
                    browser.close();
                }
            }
        }
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
            Map<String, Object> figures;
            try {
                figures = (Map<String, Object>) browser.jsAsync(MEASURE);
            } catch (org.openqa.selenium.WebDriverException e) {
                System.out.printf(
                        "%s %s: no answer from the page (%s)%n",
                        node.name(), path, e.getMessage().lines().findFirst().orElse(""));
                figures = new LinkedHashMap<>(FAILED);
            }
            Load load = new Load(figures);
            if (load.get("interactive") < 0 || load.get("drawn") < 0) {
                System.out.printf(
                        "%s %s: %s within the time; console: %s%n",
                        node.name(),
                        path,
                        load.get("interactive") < 0 ? "not ready" : "not drawn",
                        browser.consoleMessages());
            }
            return load;
        } finally {
            browser.close();
        }
    }

    /** The percentile of a figure over the loads that have it (-1: none has). */
    private static double percentile(List<Load> loads, String figure, int percent) {
        ToDoubleFunction<Load> value = load -> load.get(figure);
        double[] sorted =
                loads.stream().mapToDouble(value).filter(v -> v >= 0).sorted().toArray();
        return sorted.length == 0 ? -1 : sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /** The first load that got as far as drawn (else interactive, else the first), for the bytes it fetched. */
    private static Load sample(List<Load> loads) {
        return loads.stream()
                .filter(load -> load.get("drawn") >= 0)
                .findFirst()
                .or(() -> loads.stream()
                        .filter(load -> load.get("interactive") >= 0)
                        .findFirst())
                .orElse(loads.getFirst());
    }

    /** Loads that did not get so far: not ready within 20 s, or not drawn within 25 s. */
    private static long failed(List<Load> loads, String figure) {
        return loads.stream().filter(load -> load.get(figure) < 0).count();
    }
}
