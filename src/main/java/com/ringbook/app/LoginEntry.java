package com.ringbook.app;

import java.io.IOException;

/**
 * The one entry through which this OS opens Ringbook when the user signs in: a file in a folder the
 * desktop reads at sign-in, or a registry value. One implementation per OS; the composition root picks.
 * Its presence is the switch's state: nothing else remembers it.
 */
interface LoginEntry {

    boolean exists() throws IOException;

    /** Adds the entry, replacing one left by an older install (its command may name another place). */
    void write() throws IOException;

    /** Removes the entry; removing one that is not there is fine. */
    void remove() throws IOException;

    /** Where it lives, for the Settings card and for messages. */
    String where();
}
