package org.anchang.ui.disputes;

import java.nio.file.Path;
import java.util.Optional;

/** Where to write a file the wizard makes (the case file, the verdict sheet): a save dialog in the app, a folder in tests. */
public interface DisputeFiles {

    /** Asks where to save {@code suggested} (e.g. 判客档案-….json); empty when the user cancels. */
    Optional<Path> saveAs(String title, String suggested);
}
