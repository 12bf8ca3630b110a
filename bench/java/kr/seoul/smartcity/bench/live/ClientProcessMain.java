package kr.seoul.smartcity.bench.live;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A load client in a JVM of its own, driven by {@link ClientProcess}: holds its share of the benchmark's UIs through
 * one entry (its proxy). Commands, one per line on standard input, each answered with one line on standard output:
 * <ul>
 *     <li>{@code open <n>}: opens UIs until it holds n; {@code opened <n> <chars of a first render>}</li>
 *     <li>{@code expect <marker>}: starts a round; {@code expecting}</li>
 *     <li>{@code arrivals <timeout ms>}: waits for the round, ends it; {@code arrivals <µs> <µs> …}, one
 *     {@link WallClock} moment per UI, 0 for a UI the push did not reach</li>
 *     <li>{@code close}: closes every UI; {@code closed}, then the JVM ends (also when standard input ends)</li>
 * </ul>
 * A command that fails is answered {@code failed <reason>}. Client {@code index} of {@code count} holds the UIs whose
 * overall index is {@code index} modulo {@code count}, so that the visitor mix is the one of a single client.
 * <p>
 * Arguments: entry URL, index, count, UIs opened at a time, every how many UIs one is staff, the staff username.
 */
public final class ClientProcessMain {

    private ClientProcessMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // standard output carries the replies only
        URI entry = URI.create(args[0]);
        int index = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int parallelOpens = Integer.parseInt(args[3]);
        VisitorMix visitors = new VisitorMix(Integer.parseInt(args[4]), args[5], args.length > 6 ? args[6] : "");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (LocalViewers viewers = new LocalViewers(
                new LoadClient(entry), parallelOpens, local -> visitors.apply(local * count + index))) {
            for (String line = commands.readLine(); line != null && !line.equals("close"); line = commands.readLine()) {
                try {
                    replies.println(answer(viewers, line));
                } catch (Exception e) {
                    e.printStackTrace();
                    replies.println("failed " + String.valueOf(e).replaceAll("\\s+", " "));
                }
            }
        }
        replies.println("closed");
        System.exit(0);
    }

    private static String answer(LocalViewers viewers, String line) throws Exception {
        String[] command = line.split(" ", 2);
        return switch (command[0]) {
            case "open" -> {
                int total = Integer.parseInt(command[1]);
                long started = System.nanoTime();
                viewers.openUntil(total);
                System.err.printf("%,d UIs open (%.1f s)%n", total, (System.nanoTime() - started) / 1e9);
                yield "opened " + total + " " + viewers.navigationChars();
            }
            case "expect" -> {
                viewers.expect(command[1]);
                yield "expecting";
            }
            case "arrivals" ->
                "arrivals "
                        + Arrays.stream(viewers.arrivals(Duration.ofMillis(Long.parseLong(command[1]))))
                                .mapToObj(Long::toString)
                                .collect(Collectors.joining(" "));
            default -> throw new IllegalArgumentException("unknown command: " + line);
        };
    }
}
