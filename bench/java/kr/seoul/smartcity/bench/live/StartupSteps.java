package kr.seoul.smartcity.bench.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * For StartupBench's profile start only: runs the production application ({@link Application#main}) with Spring's
 * {@link BufferingApplicationStartup} and, once it has started, prints where the start went: time per kind of step
 * and the beans that took longest to create, each by its own time (without the beans it created on the way).
 * <p>
 * Started from the extracted jar with only this class in front of it on the class path (none of the test classes,
 * which component scanning would find), so that the application is the production jar's.
 */
public final class StartupSteps {

    private StartupSteps() {}

    public static void main(String[] args) {
        BufferingApplicationStartup steps = new BufferingApplicationStartup(200_000);
        SpringApplication.withHook(
                application -> {
                    application.setApplicationStartup(steps);
                    return null;
                },
                () -> Application.main(args));
        print(steps.getBufferedTimeline());
    }

    private record Step(long id, Long parent, String name, String label, long nanos) {}

    private static void print(StartupTimeline timeline) {
        List<Step> all = new ArrayList<>();
        for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
            StartupStep step = event.getStartupStep();
            Map<String, String> tags = new HashMap<>();
            step.getTags().forEach(tag -> tags.put(tag.getKey(), tag.getValue()));
            String label = tags.getOrDefault(
                    "beanType",
                    tags.getOrDefault(
                            "beanName", tags.getOrDefault("postProcessor", tags.getOrDefault("classCount", ""))));
            if (tags.containsKey("beanName") && tags.containsKey("beanType")) {
                label = tags.get("beanName") + " (" + tags.get("beanType") + ")";
            }
            all.add(new Step(
                    step.getId(),
                    step.getParentId(),
                    step.getName(),
                    label,
                    event.getDuration().toNanos()));
        }
        Map<Long, Long> children = new HashMap<>();
        for (Step step : all) {
            if (step.parent() != null) {
                children.merge(step.parent(), step.nanos(), Long::sum);
            }
        }
        Map<String, long[]> byName = new LinkedHashMap<>();
        List<Map.Entry<Step, Long>> selfTimes = new ArrayList<>();
        for (Step step : all) {
            long self = Math.max(0, step.nanos() - children.getOrDefault(step.id(), 0L));
            long[] sum = byName.computeIfAbsent(step.name(), name -> new long[2]);
            sum[0] += self;
            sum[1]++;
            selfTimes.add(Map.entry(step, self));
        }
        StringBuilder out = new StringBuilder("\n=== StartupSteps: own time per kind of step (ms, count) ===\n");
        byName.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                .forEach(e -> out.append(
                        String.format("%10.1f %6d  %s%n", e.getValue()[0] / 1e6, e.getValue()[1], e.getKey())));
        out.append("=== StartupSteps: longest steps by own time (ms) ===\n");
        selfTimes.stream()
                .sorted(Comparator.comparingLong((Map.Entry<Step, Long> e) -> -e.getValue()))
                .limit(60)
                .forEach(e -> out.append(String.format(
                        "%10.1f  %s %s%n",
                        e.getValue() / 1e6, e.getKey().name(), e.getKey().label())));
        out.append("=== StartupSteps: own time of bean creation by package (ms) ===\n");
        Map<String, Long> byPackage = new HashMap<>();
        for (Map.Entry<Step, Long> e : selfTimes) {
            if (e.getKey().name().equals("spring.beans.instantiate")) {
                byPackage.merge(area(e.getKey().label()), e.getValue(), Long::sum);
            }
        }
        byPackage.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                .limit(40)
                .forEach(e -> out.append(String.format("%10.1f  %s%n", e.getValue() / 1e6, e.getKey())));
        out.append(String.format(
                "=== StartupSteps: %d steps, timeline from %s, total %s ===%n",
                all.size(),
                timeline.getStartTime(),
                Duration.ofNanos(all.stream()
                        .filter(s -> s.parent() == null)
                        .mapToLong(Step::nanos)
                        .sum())));
        System.out.println(out);
    }

    /** The package a bean comes from, cut to three or four parts: where its time goes by library. */
    private static String area(String label) {
        int open = label.indexOf('(');
        String type = open >= 0 ? label.substring(open + 1, label.length() - 1) : label;
        String[] parts = type.split("\\.");
        int keep = type.startsWith("org.springframework.boot.") || type.startsWith("kr.seoul.smartcity.") ? 4 : 3;
        return parts.length <= keep ? type : String.join(".", java.util.Arrays.copyOf(parts, keep));
    }
}
