package com.ringbook.booking;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.Settings;
import com.ringbook.store.Store;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Writes the appointments of a range of days to a file, as a calendar (booked ones) or a table (booked
 * and cancelled): the one piece of code behind {@code ringbook appointments} and, later, the screen's
 * export button. It only reads the store, so it runs beside a console or a service on the same data.
 */
public final class AppointmentExportService {

    /** What kind of file to write. */
    public enum Format {
        /** An RFC 5545 calendar of the booked appointments. */
        ICS,
        /** A CSV table of booked and cancelled appointments. */
        CSV
    }

    /**
     * What was written.
     *
     * @param written   events in the calendar, or rows in the table (the header not counted)
     * @param cancelled cancelled appointments in the range: rows in the table, left out of the calendar
     */
    public record Export(Format format, LocalDate from, Optional<LocalDate> to, String content, int written,
                         int cancelled) {
    }

    /** No end to the range: the store's look-up takes epoch milliseconds, so this is the largest it can say. */
    private static final Instant NO_END = Instant.ofEpochMilli(Long.MAX_VALUE);

    private final Store store;
    private final Supplier<Settings> settings;
    private final Clock clock;

    /**
     * @param settings the settings in force (business name, zone and country)
     * @param clock    says what today is and stamps the calendar
     */
    public AppointmentExportService(Store store, Supplier<Settings> settings, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Today in the business's time zone: where a range starts when none is given. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.get().zone());
    }

    /**
     * The appointments, booked and cancelled, that start on the business's local days {@code from} to
     * {@code to}, both included (no {@code to}: every one from {@code from} on), by start time.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public List<Appointment> appointments(LocalDate from, Optional<LocalDate> to) {
        Objects.requireNonNull(from, "Say which day the range starts");
        to.filter(last -> last.isBefore(from)).ifPresent(last -> {
            throw new IllegalArgumentException("The range ends (" + last + ") before it begins (" + from + ").");
        });
        ZoneId zone = settings.get().zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.map(last -> last.plusDays(1).atStartOfDay(zone).toInstant()).orElse(NO_END);
        return store.read(s -> s.appointments().startingBetween(start, end));
    }

    /** The file's text for the range, without writing it anywhere. */
    public Export render(Format format, LocalDate from, Optional<LocalDate> to) {
        List<Appointment> appointments = appointments(from, to);
        Settings current = settings.get();
        int cancelled = (int) appointments.stream().filter(a -> !a.booked()).count();
        return switch (format) {
            case ICS -> new Export(format, from, to,
                    new IcsCalendar(current.businessName(), current.zone(), current.region(), store.instanceId())
                            .write(appointments, clock.instant()),
                    appointments.size() - cancelled, cancelled);
            case CSV -> new Export(format, from, to, new AppointmentsCsv(current.zone()).write(appointments),
                    appointments.size(), cancelled);
        };
    }

    /**
     * Writes the range's file in one step: the text goes to a temporary file beside {@code file}, which
     * then takes its place, so a failure never leaves half a file (nor a temporary one) behind.
     *
     * @throws IOException              when the file cannot be written; nothing is left behind then
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public Export write(Format format, LocalDate from, Optional<LocalDate> to, Path file) throws IOException {
        Optional<String> problem = problemWriting(file);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        Export export = render(format, from, to);
        writeAtomically(file, export.content().getBytes(StandardCharsets.UTF_8));
        return export;
    }

    /**
     * Why {@code file} could not be written, in plain words, checked without writing anything: a folder
     * that is missing or is not one, a file name that is a folder, a read-only file or folder. Empty
     * when it looks writable (the write itself can still fail, e.g. on a full disk).
     */
    public static Optional<String> problemWriting(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            return Optional.of("it is a folder; give the name of a file to write in it.");
        }
        if (folder == null || !Files.exists(folder)) {
            return Optional.of("the folder " + folder + " does not exist.");
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of(folder + " is not a folder.");
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            return Optional.of("it is read-only.");
        }
        if (!Files.isWritable(folder)) {
            return Optional.of("the folder " + folder + " is read-only.");
        }
        return Optional.empty();
    }

    /**
     * Writes {@code bytes} to {@code file} in one step (a temporary file beside it takes its place), so a failure
     * leaves neither half a file nor a temporary one; the revenue report writes its table through this too. The
     * temporary file is made like any new file (the user's usual permissions); when it replaces an earlier
     * export, it takes that file's permissions first.
     */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path temporary;
        try {
            temporary = newTemporaryBeside(target);
        } catch (IOException e) {
            throw new IOException("could not write in the folder " + target.getParent() + ": " + reason(e), e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("could not write " + target + ": " + reason(e), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** ".jobs.ics.k3j9x2.part" beside jobs.ics: hidden, and plainly not the export itself. */
    private static Path newTemporaryBeside(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temporary = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path temporary) {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not POSIX, or not ours to read: the new file keeps the usual permissions.
        }
    }

    /** What went wrong in words: the file system's reason rather than the bare path Java gives as the message. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder.";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + ".";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
