package kr.seoul.smartcity.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven as a person would: open an address, read what is shown, type, click. Uses the
 * system's Chromium and chromedriver (Selenium Manager cannot download drivers here).
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;
    private final WebDriverWait wait;

    public Browser(int port, Dimension size) {
        this.baseUrl = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("e2e-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=" + size.getWidth() + "," + size.getHeight(),
                // calls: a fake camera and microphone, allowed without asking
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream");
        // the console, so that tests can see what the browser refused (Content-Security-Policy violations)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (size.getWidth() < 600) {
            // a real phone viewport: headless Chromium lays a narrow window out wider than it is
            options.setExperimentalOption(
                    "mobileEmulation",
                    java.util.Map.of(
                            "deviceMetrics",
                            java.util.Map.of(
                                    "width",
                                    size.getWidth(),
                                    "height",
                                    size.getHeight(),
                                    "pixelRatio",
                                    2.0,
                                    "touch",
                                    true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** What the page wrote to the console since the last call (Chromium reports refused scripts and styles there). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /** The response headers of a plain GET of the path, as the browser's fetch sees them. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, String> headersOf(String path) {
        return (java.util.Map<String, String>) jsAsync("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => {
                  const headers = {};
                  r.headers.forEach((value, name) => headers[name] = value);
                  done(headers);
                });
                """, path);
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return settled();
    }

    /** Waits until Vaadin has no request in flight. */
    public Browser settled() {
        wait.until(d -> Boolean.TRUE.equals(js("""
                return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                    && Object.keys(window.Vaadin.Flow.clients).length > 0
                    && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()));
                """)));
        return this;
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean isPresent(String css) {
        return !all(css).isEmpty();
    }

    public String text(String css) {
        return find(css).getText();
    }

    /**
     * Everything the page says: the text of the whole document with the shadow roots of its components, and the
     * attributes people hear or see (aria-label, title, alt, placeholder), which {@link #pageText()} leaves out.
     */
    public String allText() {
        return String.valueOf(js("""
                const parts = [];
                const walk = (node) => {
                  if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
                  if (node.nodeType === Node.ELEMENT_NODE) {
                    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
                      const value = node.getAttribute(name);
                      if (value) parts.push(value);
                    }
                  }
                  if (node.shadowRoot) walk(node.shadowRoot);
                  for (const child of node.childNodes) walk(child);
                };
                walk(document.documentElement);
                return parts.join(' | ');
                """));
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits at most {@code limit} for the text, checking every 50 ms. */
    public void waitForText(String css, String expected, Duration limit) {
        new WebDriverWait(driver, limit, Duration.ofMillis(50))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
    }

    public void waitForText(String css, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
    }

    /** Waits at most {@code limit} until the element's attribute has the value, checking every 50 ms. */
    public void waitForAttribute(String css, String attribute, String expected, Duration limit) {
        new WebDriverWait(driver, limit, Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.cssSelector(css), attribute, expected));
    }

    /** Waits at most {@code limit} until the condition holds, checking every 100 ms. */
    public void waitUntil(java.util.function.BooleanSupplier condition, Duration limit) {
        new WebDriverWait(driver, limit, Duration.ofMillis(100)).until(d -> condition.getAsBoolean());
    }

    /** Whether the page fits the window's width, with nothing to scroll sideways. */
    public boolean fitsWidth() {
        return Boolean.TRUE.equals(js("return document.documentElement.scrollWidth <= window.innerWidth"));
    }

    public void waitForPath(String path) {
        wait.until(d -> currentPath().equals(path));
    }

    public String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Clicks an element as a person would: scrolled to the middle of the screen first, so that nothing fixed at the
     * screen's edges (a notification, a bottom bar) covers it; tried again briefly if something still lies on top.
     */
    public void click(String css) {
        for (int attempt = 1; ; attempt++) {
            WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
            js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
            try {
                element.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                if (attempt == 5) {
                    throw covered;
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw covered;
                }
            }
        }
    }

    /** Types into a Vaadin field: its input element sits inside the field. */
    public void type(String fieldCss, String text) {
        String input = fieldCss + " input, " + fieldCss + " textarea";
        onFresh(input, element -> {
            element.clear();
            element.sendKeys(text);
        });
    }

    /** Presses keys in an element, found again if the page redrew it meanwhile. */
    public void press(String css, CharSequence... keys) {
        onFresh(css, element -> element.sendKeys(keys));
    }

    /** Shift+Tab: the focus moves back one stop. */
    public void shiftTab() {
        new org.openqa.selenium.interactions.Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
    }

    /** The id of the focused element ("" when it has none). */
    public String focusedId() {
        return String.valueOf(js("return document.activeElement ? document.activeElement.id : ''"));
    }

    /** Acts on an element; if the server redrew it in between (a stale reference), finds it again and retries. */
    private void onFresh(String css, java.util.function.Consumer<WebElement> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.accept(find(css));
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 5) {
                    throw redrawn;
                }
            }
        }
    }

    /** Presses keys where the focus is, as a keyboard does (no element is clicked or found first). */
    public void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has the focus, inside the shadow roots it is in. */
    private static final String FOCUSED = """
            let focused = document.activeElement;
            while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
              focused = focused.shadowRoot.activeElement;
            }
            """;

    /**
     * Where the focus is, in words for a failure message: the focused element's tag, id and text, and the component it
     * belongs to.
     */
    public String focused() {
        return String.valueOf(js(FOCUSED + """
                if (!focused || focused === document.body) { return 'body'; }
                const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.getAttribute('aria-label') ? '[' + e.getAttribute('aria-label') + ']' : '');
                const host = focused.getRootNode().host || focused.closest('[class]');
                return describe(focused) + ' "' + (focused.innerText || focused.value || '').trim().slice(0, 40) + '"'
                    + (host && host !== focused ? ' in ' + describe(host) : '');
                """));
    }

    /** Whether the focused element, or a component it is part of (across shadow roots), matches the selector. */
    public boolean focusIsIn(String css) {
        return Boolean.TRUE.equals(js(FOCUSED + """
                for (let e = focused; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                  if (e.matches && e.matches(arguments[0])) { return true; }
                }
                return false;
                """, css));
    }

    /** Presses TAB until the focus is in an element matching the selector; fails after {@code limit} presses. */
    public void tabTo(String css, int limit) {
        for (int i = 0; i < limit; i++) {
            if (focusIsIn(css)) {
                return;
            }
            keys(Keys.TAB);
        }
        if (!focusIsIn(css)) {
            throw new AssertionError("TAB " + limit + " times never reached " + css + "; the focus is on " + focused());
        }
    }

    /**
     * How the focused element looks, and the component it is part of with everything in its shadow root: outline,
     * box shadow, border, background, text decoration and an SVG shape's stroke, also of ::before and ::after. Kept in the page under a name,
     * so that {@link #looksChangedSinceFocused} can compare once the focus has moved on.
     */
    public void rememberFocusedLook(String name) {
        waitUntil(() -> Boolean.TRUE.equals(js(FOCUSED + LOOK + """
                const now = look(focused);
                const same = window['__look_' + arguments[0]] === now && window['__lookEl_' + arguments[0]] === focused;
                window['__look_' + arguments[0]] = now;
                window['__lookEl_' + arguments[0]] = focused;
                return same;
                """, name)), Duration.ofSeconds(5));
    }

    /** Whether the element remembered under the name looks different now than when it had the focus. */
    public boolean looksChangedSinceFocused(String name) {
        Object[] previous = new Object[1];
        waitUntil(
                () -> {
                    Object now = js(LOOK + "return look(window['__lookEl_' + arguments[0]]);", name);
                    boolean stable = now != null && now.equals(previous[0]);
                    previous[0] = now;
                    return stable;
                },
                Duration.ofSeconds(5));
        return !String.valueOf(previous[0]).equals(String.valueOf(js("return window['__look_' + arguments[0]]", name)));
    }

    private static final String LOOK = """
            const look = (target) => {
              if (!target) { return ''; }
              const parts = [];
              const styleOf = (e, pseudo) => {
                const c = getComputedStyle(e, pseudo);
                return [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.borderColor, c.backgroundColor,
                        c.textDecorationLine, c.opacity, c.stroke, c.strokeWidth].join(',');
              };
              const add = (e) => { for (const p of [null, '::before', '::after']) { parts.push(styleOf(e, p)); } };
              // the element, the components around it (up to the outermost of nested custom elements, as a select's
              // value button in the select) and their shadow trees
              const custom = (e) => !!(e && e.tagName && e.tagName.includes('-'));
              let e = target;
              for (let depth = 0; e && depth < 4; depth++) {
                add(e);
                if (e.shadowRoot) { e.shadowRoot.querySelectorAll('*').forEach(add); }
                if (custom(e) && !custom(e.parentElement)) { break; }
                e = e.parentElement || (e.getRootNode() && e.getRootNode().host);
              }
              return parts.join('|');
            };
            """;

    public void signIn(String username, String password) {
        open("/login");
        type("vaadin-text-field[name='username']", username);
        WebElement passwordInput = find("vaadin-password-field[name='password'] input");
        passwordInput.sendKeys(password);
        passwordInput.sendKeys(Keys.ENTER);
        wait.until(d -> !currentPath().equals("/login") || d.getCurrentUrl().contains("error"));
        settled();
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs a script that calls its last argument (the callback) when done; waits at most 30 s. */
    public Object jsAsync(String script, Object... args) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Loads a page as the address bar would, without waiting for Vaadin to settle. */
    public void load(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Waits until the page is fully drawn: Vaadin idle, every chart with room to draw in has its SVG, every map has
     * its tiles' layer and districts, and nothing changed for half a second.
     */
    public Browser drawn() {
        settled();
        wait.until(d -> Boolean.TRUE.equals(js("""
                const visible = (e) => e.offsetWidth > 0 && e.offsetHeight > 0;
                const charts = [...document.querySelectorAll('city-apex-chart')].filter(visible);
                const maps = [...document.querySelectorAll('city-map')].filter(visible);
                return charts.every(c => c.querySelector('svg') || !(c.data && (c.data.points || []).length))
                    && maps.every(m => m.querySelector('.leaflet-container, .leaflet-pane'));
                """)));
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return settled();
    }

    /**
     * Scans the page with axe-core for the given rule tags and returns one line per element that breaks a rule:
     * rule id, impact, the element's selector, what to fix, and the page.
     */
    public List<String> accessibilityViolations(List<String> tags) {
        com.deque.html.axecore.results.Results results =
                new com.deque.html.axecore.selenium.AxeBuilder().withTags(tags).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + currentPath() + ": " + results.getErrorMessage());
        }
        List<String> lines = new java.util.ArrayList<>();
        for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
            for (com.deque.html.axecore.results.CheckedNode node : rule.getNodes()) {
                lines.add(rule.getId() + " [" + rule.getImpact() + "] " + node.getTarget() + " on "
                        + currentPath() + " — " + rule.getHelp() + " | "
                        + String.valueOf(node.getFailureSummary()).replace('\n', ' ') + " | "
                        + abbreviate(node.getHtml()));
            }
        }
        return lines;
    }

    /**
     * What a screen reader user would miss in the page's outline: not exactly one visible h1, a heading level skipped
     * on the way down (h2 then h4), not exactly one main landmark, and inside the app's frame no banner (header) or no
     * navigation. One line per problem, naming the page.
     */
    @SuppressWarnings("unchecked")
    public List<String> structureProblems() {
        List<String> problems = (List<String>) js("""
                const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
                const problems = [];
                const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]
                    .filter(shown)
                    .map(h => ({level: h.getAttribute('aria-level') ? +h.getAttribute('aria-level') : +h.tagName[1],
                                text: h.textContent.trim().slice(0, 40)}));
                const h1s = headings.filter(h => h.level === 1);
                if (h1s.length !== 1) {
                  problems.push('h1-count ' + h1s.length + ' visible h1: ' + h1s.map(h => h.text).join(' / '));
                }
                let previous = 0;
                for (const h of headings) {
                  if (h.level > previous + 1) {
                    problems.push('heading-order h' + h.level + ' "' + h.text + '" after h' + previous);
                  }
                  previous = h.level;
                }
                const mains = [...document.querySelectorAll('main, [role=main]')].filter(shown);
                if (mains.length !== 1) { problems.push('main-landmark ' + mains.length + ' visible main'); }
                if (document.querySelector('vaadin-app-layout')) {
                  if (!document.querySelector('vaadin-app-layout > header, vaadin-app-layout > [role=banner]')) {
                    problems.push('banner-landmark none');
                  }
                  if (!document.querySelector('nav, [role=navigation], vaadin-side-nav')) {
                    problems.push('navigation-landmark none');
                  }
                }
                return problems;
                """);
        return problems.stream()
                .map(problem -> problem + " on " + currentPath())
                .toList();
    }

    private static String abbreviate(String html) {
        return html == null ? "" : html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }

    /** Saves a screenshot for people to look at (target/screenshots). */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
