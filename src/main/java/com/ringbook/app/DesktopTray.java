package com.ringbook.app;

import java.awt.AWTException;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.util.Optional;
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

    /** What the tray's items do; each is called on AWT's thread and hands over at once. */
    interface Actions {
        void open();

        /** Pauses texting when {@code pause}, else resumes it; says whether texting is now paused. */
        boolean pauseTexting(boolean pause);

        void quit();
    }

    private final TrayIcon icon;

    private DesktopTray(TrayIcon icon) {
        this.icon = icon;
    }

    /** Adds the icon when the desktop has a tray; empty when it has none or it refused. */
    static Optional<DesktopTray> install(Actions actions) {
        try {
            if (!SystemTray.isSupported()) {
                log.info("No system tray on this desktop: closing the window will ask whether to quit");
                return Optional.empty();
            }
            Image image = Toolkit.getDefaultToolkit().getImage(DesktopTray.class.getResource("/com/ringbook/ui/ringbook.png"));
            PopupMenu menu = new PopupMenu();
            MenuItem open = new MenuItem("Open Ringbook");
            open.addActionListener(e -> actions.open());
            MenuItem pause = new MenuItem("Pause texting");
            pause.addActionListener(e -> pause.setLabel(
                    actions.pauseTexting(pause.getLabel().startsWith("Pause")) ? "Resume texting" : "Pause texting"));
            MenuItem quit = new MenuItem("Quit Ringbook");
            quit.addActionListener(e -> actions.quit());
            menu.add(open);
            menu.add(pause);
            menu.addSeparator();
            menu.add(quit);
            TrayIcon icon = new TrayIcon(image, "Ringbook: texting back missed calls", menu);
            icon.setImageAutoSize(true);
            icon.addActionListener(e -> actions.open());
            SystemTray.getSystemTray().add(icon);
            return Optional.of(new DesktopTray(icon));
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
