package com.ringbook.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/**
 * A secret in a file of its own that only its owner can read (POSIX modes where they exist, an owner-only ACL on
 * Windows), in a folder only its owner can open, written whole or not at all: the Twilio auth token
 * ({@link AuthTokenFile}) and the shared database's password.
 */
final class OwnerOnlyFile {
    private OwnerOnlyFile() {
    }

    /** Replaces {@code file} with {@code text}; the secret is never readable by others, not even for a moment. */
    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        restrictToOwner(file.getParent(), true);
        Path temp = Files.createTempFile(file.getParent(), "secret", ".tmp");
        try {
            restrictToOwner(temp, false);
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrictToOwner(Path path, boolean directory) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(path);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }
}
