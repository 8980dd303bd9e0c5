package com.ringbook.bench;

import com.ringbook.app.Ringbook;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.engine.api.Simulation;
import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.shell.ConsoleWindow;
import com.ringbook.ui.shell.DesktopLifecycle;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The child JVM of {@link InboxScaleBench}: the real console (composition root, engine, simulator,
 * ConsoleWindow) on headless Monocle over the big data dir, driven as a receptionist would and timed
 * until the screen shows the result. Prints {@code RESULT <what> <value>} lines for the parent.
 *
 * <p>Modes: {@code paint} (and {@code empty}, the same on an empty data dir) opens the console from a cold JVM, then closes and reopens it (each reopen
 * is a warm first paint: store, engine and window built again); {@code use} opens it once and opens
 * threads, searches and receives customer texts, then reads its own resident memory.
 */
public final class InboxConsoleProbe {
    private static final Duration QUIET = Duration.ofMillis(400);

    private final Path dataDir;
    /** The environment the console opens with: empty for SQLite, RINGBOOK_DATABASE_URL for PostgreSQL. */
    private final Map<String, String> env;
    private final int warmUp;
    private final int reps;
    /** An empty data dir: the inbox has no rows to wait for, so its first layout counts as shown. */
    private final boolean empty;

    /** One console run: the composition root and the window on it. */
    private record Console(Ringbook ringbook, ConsoleWindow window, Scene scene, long paintNanos, long engineNanos) {
        ConversationService conversations() {
            return ringbook.engine().conversations();
        }

        void close() {
            FxWatch.run(window::quit);
            ringbook.close();
        }
    }

    private InboxConsoleProbe(Path dataDir, Map<String, String> env, int warmUp, int reps, boolean empty) {
        this.empty = empty;
        this.dataDir = dataDir;
        this.env = env;
        this.warmUp = warmUp;
        this.reps = reps;
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        // A 7th argument: the shared PostgreSQL database to open the console on, as a desk's RINGBOOK_DATABASE_URL.
        Map<String, String> env = args.length > 6
                ? Map.of("RINGBOOK_DATABASE_URL", args[6], "RINGBOOK_DESK_NAME", "Bench desk") : Map.of();
        InboxConsoleProbe probe = new InboxConsoleProbe(Path.of(args[1]), env, Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), mode.equals("empty"));
        CountDownLatch up = new CountDownLatch(1);
        new FxThread().start(up::countDown);
        up.await();
        Platform.setImplicitExit(false);
        try {
            if (mode.equals("paint") || mode.equals("empty")) {
                probe.paint();
            } else {
                probe.use(args[4], List.of(args[5].split(",")));
            }
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private static void result(String what, double value) {
        System.out.println("RESULT " + what + " " + value);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Opens the console as the launcher does (engine first, then the window) and times it until the inbox shows rows. */
    private Console open() {
        long began = System.nanoTime();
        Ringbook ringbook = Ringbook.open(dataDir, env, Clock.systemUTC());
        long engineUp = System.nanoTime();
        Object[] made = new Object[2];
        long[] shownAt = new long[1];
        java.util.concurrent.CompletableFuture<Void> shown = new java.util.concurrent.CompletableFuture<>();
        FxWatch.run(() -> {
            Stage stage = new Stage();
            ConsoleWindow window = new ConsoleWindow(ringbook.engine(), ringbook.capabilities(), new FxThread(), new Desktop());
            window.show(stage);
            Scene scene = stage.getScene();
            ListView<?> list = InboxHooks.inboxList(scene);
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (!shown.isDone() && (FxWatch.rowShown(list, -1) || empty && list.getWidth() > 0)) {
                    shownAt[0] = System.nanoTime();
                    shown.complete(null);
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
            made[0] = window;
            made[1] = scene;
        });
        shown.join();
        return new Console(ringbook, (ConsoleWindow) made[0], (Scene) made[1], shownAt[0] - began, engineUp - began);
    }

    private void paint() {
        Console console = open();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        result("paint_cold_from_jvm_start", System.currentTimeMillis() - jvmStart);
        result("paint_cold", ms(console.paintNanos()));
        for (int i = 0; i < warmUp + reps; i++) {
            console.close();
            console = open();
            if (i >= warmUp) {
                result("paint", ms(console.paintNanos()));
                result("paint_engine", ms(console.engineNanos()));
            }
        }
        console.close();
    }

    private void use(String marker, List<String> texters) throws InterruptedException, java.io.IOException {
        Console console = open();
        long useBegan = System.nanoTime();
        result("paint_cold", ms(console.paintNanos()));
        Scene scene = console.scene();
        ListView<?> list = InboxHooks.inboxList(scene);
        FxWatch.Changes changes = FxWatch.call(() -> new FxWatch.Changes(list));
        changes.settle(QUIET);

        serviceCalls(console.conversations(), marker);
        openThreads(scene, list, changes);
        search(scene, list, changes, marker);
        Simulation phone = console.ringbook().engine().simulation().orElseThrow();
        untilListening(phone, texters.get(0).split(":")[0]);
        newMessages(scene, list, changes, phone, texters);
        result("search_matches", InboxHooks.countMatches(console.conversations(), marker));

        // Keep the receptionist busy (a thread opened now and then) until the console has been in use 40 s.
        int row = 0;
        while (System.nanoTime() - useBegan < Duration.ofSeconds(40).toNanos()) {
            int index = row++ % 10;
            FxWatch.run(() -> selectRow(list, index));
            Thread.sleep(500);
        }
        result("use_seconds", (System.nanoTime() - useBegan) / 1e9);
        Map<String, Long> status = procStatus();
        result("rss_kb", status.getOrDefault("VmRSS", -1L));
        result("hwm_kb", status.getOrDefault("VmHWM", -1L));
        if (System.getenv("BENCH_NMT") != null) {
            // Where the resident memory goes, when the JVM was started with -XX:NativeMemoryTracking=summary.
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(ProcessHandle.current().pid()), "VM.native_memory", "summary").inheritIO().start().waitFor();
        }
        Runtime rt = Runtime.getRuntime();
        result("heap_committed_kb", rt.totalMemory() / 1024.0);
        result("heap_max_kb", rt.maxMemory() / 1024.0);
        console.close();
    }

    /** The same reads through the service API alone: the store's share of what the screen shows. */
    private void serviceCalls(ConversationService conversations, String marker) {
        long thread = InboxHooks.threadOfRow(InboxHooks.firstPage(conversations).join().get(3));
        for (int i = 0; i < warmUp + reps; i++) {
            long a = System.nanoTime();
            InboxHooks.firstPage(conversations).join();
            long b = System.nanoTime();
            conversations.thread(thread).join();
            long c = System.nanoTime();
            InboxHooks.searchPage(conversations, marker).join();
            long d = System.nanoTime();
            if (i >= warmUp) {
                result("api_first_page", ms(b - a));
                result("api_thread", ms(c - b));
                result("api_search", ms(d - c));
            }
        }
    }

    /** Selects a row as a click does, then times until the conversation's texts are on screen. */
    private void openThreads(Scene scene, ListView<?> list, FxWatch.Changes changes) throws InterruptedException {
        ListView<?> timeline = InboxHooks.timeline(scene);
        for (int i = 0; i < warmUp + reps; i++) {
            // Rows 1..12, the ones on screen, each different from the one open before it.
            int index = 1 + i % 12;
            long thread = FxWatch.call(() -> InboxHooks.threadOfRow(list.getItems().get(index)));
            long nanos = FxWatch.timeUntilShown(scene, () -> selectRow(list, index),
                    () -> FxWatch.itemShown(timeline, item -> InboxHooks.threadOfTimelineItem(item) == thread),
                    "thread " + thread + " opened");
            if (i >= warmUp) {
                result("open", ms(nanos));
            }
            changes.settle(QUIET);
        }
    }

    private static void selectRow(ListView<?> list, int index) {
        list.getSelectionModel().select(index);
    }

    /** Puts the whole word in the search box at once (as a paste) and times until the list shows the answer. */
    private void search(Scene scene, ListView<?> list, FxWatch.Changes changes, String marker) throws InterruptedException {
        TextField field = InboxHooks.searchField(scene);
        for (int i = 0; i < warmUp + reps; i++) {
            int before = changes.count();
            long nanos = FxWatch.timeUntilShown(scene, () -> field.setText(marker), () -> changes.count() > before,
                    "search results");
            int rows = FxWatch.call(() -> list.getItems().size());
            changes.settle(QUIET);
            int cleared = changes.count();
            long back = FxWatch.timeUntilShown(scene, () -> field.setText(""),
                    () -> changes.count() > cleared && FxWatch.rowShown(list, 0), "search cleared");
            changes.settle(QUIET);
            if (i >= warmUp) {
                result("search", ms(nanos));
                result("search_rows_shown", rows);
                result("search_cleared", ms(back));
            }
        }
    }

    /**
     * On a shared store the engine (and with it the simulator's listener) starts only once this desk holds the
     * engine lock, a moment after the window shows: a text before that is refused. Waits for the first text taken
     * (it lands in that customer's conversation, as a warm-up would).
     */
    private static void untilListening(Simulation phone, String customer) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                phone.customerTexts(customer, "Hello, anyone there?").join();
                return;
            } catch (java.util.concurrent.CompletionException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    /** A customer who has a conversation open texts again; timed until their row is at the top of the inbox. */
    private void newMessages(Scene scene, ListView<?> list, FxWatch.Changes changes, Simulation phone,
                             List<String> texters) throws InterruptedException {
        for (int i = 0; i < warmUp + reps; i++) {
            String[] texter = texters.get(i).split(":");
            long thread = Long.parseLong(texter[1]);
            String tag = "#" + i;
            String body = "Any news on the job? " + tag;
            FxWatch.run(() -> list.scrollTo(0));
            changes.settle(QUIET);
            // Joined (off the FX thread, so the time is still until the screen shows it): a text the simulator
            // refused (no engine listening on this desk) fails here, saying so, instead of waiting out the timeout.
            long nanos = FxWatch.timeUntilShownAfter(scene, () -> phone.customerTexts(texter[0], body).join(),
                    () -> !list.getItems().isEmpty() && InboxHooks.threadOfRow(list.getItems().get(0)) == thread
                            && InboxHooks.previewOfRow(list.getItems().get(0)).contains(tag)
                            && FxWatch.rowShown(list, 0),
                    "new message from " + texter[0]);
            if (i >= warmUp) {
                result("new_message", ms(nanos));
            }
        }
        changes.settle(QUIET);
    }

    private static Map<String, Long> procStatus() {
        Map<String, Long> values = new java.util.HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                String[] parts = line.split("\\s+");
                if (parts.length >= 2 && parts[0].startsWith("Vm")) {
                    values.put(parts[0].replace(":", ""), Long.parseLong(parts[1]));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            System.err.println("Cannot read /proc/self/status: " + e);
        }
        return values;
    }

    /** As the launcher's: no tray; quitting is handled by {@link Console#close}. */
    private static final class Desktop implements DesktopLifecycle {
        @Override
        public boolean hasTray() {
            return false;
        }

        @Override
        public void quit() {
            // The probe closes the composition root itself, after the window.
        }
    }
}
