package kr.seoul.smartcity.bench.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's side of one load-client JVM ({@link ClientProcessMain}): starts it from the test classpath, sends
 * it one command per line on its standard input and reads its one-line replies from its standard output. The
 * client's own output and errors go to {@code <name>.log}.
 */
final class ClientProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Writer commands;
    private final BufferedReader replies;
    private final Path log;
    private boolean closing;

    private ClientProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.log = log;
    }

    /**
     * Starts client {@code index} of {@code count}, which opens its UIs through {@code entry}.
     *
     * @param heap the client JVM's maximum heap, such as {@code 1536m}
     */
    static ClientProcess start(
            String name,
            URI entry,
            int index,
            int count,
            int parallelOpens,
            VisitorMix visitors,
            String heap,
            Path logDir)
            throws IOException {
        List<String> command =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx" + heap));
        if (Boolean.getBoolean("bench.sync-after-navigation")) {
            command.add("-Dbench.sync-after-navigation=true");
        }
        String dump = System.getProperty("bench.dump-navigation");
        if (dump != null && index == 0) {
            command.add("-Dbench.dump-navigation=" + Path.of(dump).toAbsolutePath());
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                ClientProcessMain.class.getName(),
                entry.toString(),
                Integer.toString(index),
                Integer.toString(count),
                Integer.toString(parallelOpens),
                Integer.toString(visitors.staffEvery()),
                visitors.staff(),
                visitors.route()));
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        Process process =
                new ProcessBuilder(command).redirectError(log.toFile()).start();
        return new ClientProcess(name, process, log);
    }

    String name() {
        return name;
    }

    /** Sends one command; the reply comes with {@link #reply(String)}, so that several clients work at once. */
    void send(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
    }

    /**
     * Reads the reply to the last command: the words after {@code expected}.
     *
     * @throws IllegalStateException if the client failed or ended
     */
    String reply(String expected) throws IOException {
        String line = replies.readLine();
        if (line == null) {
            throw new IllegalStateException(name + " ended; see " + log);
        }
        if (line.equals(expected) || line.startsWith(expected + " ")) {
            return line.substring(expected.length()).strip();
        }
        throw new IllegalStateException(
                name + " answered \"" + excerpt(line) + "\" instead of " + expected + "; see " + log);
    }

    /** Asks the client to close its UIs, without waiting: {@link #close()} waits. */
    void closeSoon() {
        if (closing) {
            return;
        }
        closing = true;
        try {
            send("close");
        } catch (IOException gone) {
            // the process has ended already
        }
    }

    /** Closes the client's UIs (as tabs close) and waits for its JVM to end. */
    @Override
    public void close() throws Exception {
        closeSoon();
        try {
            reply("closed");
        } catch (IOException | IllegalStateException gone) {
            // ended on its own, or failed: it is stopped below either way
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String excerpt(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
