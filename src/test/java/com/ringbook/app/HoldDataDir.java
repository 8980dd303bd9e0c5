package com.ringbook.app;

import java.nio.file.Path;

/** Run as its own JVM by {@link DataDirLockTest}: holds a data dir until it is killed. */
public final class HoldDataDir {
    public static void main(String[] args) throws InterruptedException {
        DataDirLock.acquire(Path.of(args[0]));
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
