package kr.seoul.smartcity.shell.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Lets browsers keep the files of the production bundle for a year without asking again. Every file under
 * {@code /VAADIN/build/} carries a hash of its content in its name (Vite names them so, such as
 * {@code indexhtml-PWcbVdsd.js}), so a new build means new addresses and a kept file is never stale. Vaadin serves
 * them with {@code max-age=3600}: after an hour a returning visitor's browser asks again for each of the forty or so
 * files of a page (answered 304). Here the lifetime Vaadin gives such a file becomes a year, {@code immutable}.
 * <p>
 * Only a lifetime Vaadin's static file server sets is changed, which it does for a file it found and serves: an
 * error page, a miss answered by the router or Spring Security's {@code no-store} keep theirs. Written by hand
 * because neither Vaadin nor Spring Boot has a setting for it ({@code spring.web.resources.cache.*} governs Spring's
 * resource handler, which does not serve Vaadin's files).
 */
@Configuration(proxyBeanMethods = false)
class BuildFileCaching {

    static final String LIFETIME = "max-age=31536000, immutable";

    /** The name of a built file: a dash and the eight characters of Vite's content hash before the extension. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]*-[A-Za-z0-9_-]{8}\\.[a-z0-9]+$");

    /** A lifetime of some seconds, as Vaadin's static file server gives a file it serves. */
    private static final Pattern SERVED = Pattern.compile("^(public, )?max-age=[1-9][0-9]*$");

    @Bean
    FilterRegistrationBean<Filter> buildFileCachingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LongLifetime());
        registration.addUrlPatterns("/VAADIN/build/*");
        // outside Spring Security's filters, so that it sees every Cache-Control they and Vaadin set
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class LongLifetime implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest http
                    && response instanceof HttpServletResponse answer
                    && HASHED.matcher(http.getRequestURI()).find()) {
                chain.doFilter(request, new HttpServletResponseWrapper(answer) {
                    @Override
                    public void setHeader(String name, String value) {
                        super.setHeader(name, lifetime(name, value));
                    }

                    @Override
                    public void addHeader(String name, String value) {
                        super.addHeader(name, lifetime(name, value));
                    }
                });
            } else {
                chain.doFilter(request, response);
            }
        }

        private static String lifetime(String name, String value) {
            return "Cache-Control".equalsIgnoreCase(name)
                            && value != null
                            && SERVED.matcher(value.strip()).matches()
                    ? LIFETIME
                    : value;
        }
    }
}
