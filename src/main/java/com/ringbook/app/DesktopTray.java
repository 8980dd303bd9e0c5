package com.ringbook.app;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ringbook's icon in the system tray (AWT's: JavaFX has none), with Open, Pause texting and Quit, so the
 * engine keeps texting back while the window is closed. A desktop without a tray (GNOME without its
 * extension, a bare X server) gets none, and closing the window asks whether to quit instead. Looked
 * for on a thread of its own after the window shows: loading AWT must never hold up the start.
 */
final class DesktopTray implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DesktopTray.class);
    private static final String TOOLTIP = "Ringbook: texting back missed calls";

    /** What the tray's items do; each is called on AWT's thread and hands over at once. */
    interface Actions {
        void open();

        /** Whether texting is paused now (it may have been paused or resumed from the window too). */
        boolean textingPaused();

        /** Pauses texting when {@code pause}, else resumes it; says whether texting is now paused. */
        boolean pauseTexting(boolean pause);

        void quit();
    }

    private final TrayIcon icon;
    private final MenuItem pause;
    private volatile boolean shownPaused;

    private DesktopTray(TrayIcon icon, MenuItem pause) {
        this.icon = icon;
        this.pause = pause;
    }

    /** From any thread: the menu offers Resume while texting is paused, Pause otherwise. */
    synchronized void showPaused(boolean paused) {
        if (paused == shownPaused) {
            return;
        }
        shownPaused = paused;
        EventQueue.invokeLater(() -> {
            pause.setLabel(label(paused));
            icon.setToolTip(paused ? "Ringbook: texting paused" : TOOLTIP);
        });
    }

    private static String label(boolean paused) {
        return paused ? "Resume texting" : "Pause texting";
    }

    /** Adds the icon when the desktop has a tray; empty when it has none or it refused. */
    static Optional<DesktopTray> install(Actions actions) {
        return install(actions, Duration.ZERO);
    }

    /**
     * As {@link #install(Actions)}, waiting up to {@code forTray} for a tray to appear: at sign-in Ringbook
     * may start before the desktop's panel does.
     */
    static Optional<DesktopTray> install(Actions actions, Duration forTray) {
        try {
            Instant until = Instant.now().plus(forTray);
            while (!SystemTray.isSupported() && Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError e) {
            // Said below, where the same check fails again.
        }
        try {
            if (!SystemTray.isSupported()) {
                log.info("No system tray on this desktop: closing the window will ask whether to quit");
                return Optional.empty();
            }
            Image image = Toolkit.getDefaultToolkit().getImage(DesktopTray.class.getResource("/com/ringbook/ui/ringbook.png"));
            PopupMenu menu = new PopupMenu();
            MenuItem open = new MenuItem("Open Ringbook");
            open.addActionListener(e -> actions.open());
            MenuItem pause = new MenuItem(label(false));
            // The engine's state decides, not the label: the window's Resume may have changed it since.
            AtomicReference<DesktopTray> tray = new AtomicReference<>();
            pause.addActionListener(e -> tray.get().showPaused(actions.pauseTexting(!actions.textingPaused())));
            MenuItem quit = new MenuItem("Quit Ringbook");
            quit.addActionListener(e -> actions.quit());
            menu.add(open);
            menu.add(pause);
            menu.addSeparator();
            menu.add(quit);
            TrayIcon icon = new TrayIcon(image, TOOLTIP, menu);
            icon.setImageAutoSize(true);
            // Double-click (AWT's action) opens the window; so does a single left click, as users expect on Linux.
            icon.addActionListener(e -> actions.open());
            icon.addMouseListener(new MouseAdapter() {
                @Override
                public void mouseClicked(MouseEvent e) {
                    if (e.getButton() == MouseEvent.BUTTON1 && e.getClickCount() == 1) {
                        actions.open();
                    }
                }
            });
            tray.set(new DesktopTray(icon, pause));
            SystemTray.getSystemTray().add(icon);
            return Optional.of(tray.get());
        } catch (AWTException | RuntimeException | LinkageError e) {
            log.info("The system tray refused Ringbook's icon ({}): closing the window will ask whether to quit",
                    e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            SystemTray.getSystemTray().remove(icon);
        } catch (RuntimeException e) {
            log.debug("The tray icon was already gone", e);
        }
    }
}
