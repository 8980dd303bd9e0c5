package com.ringbook.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Material Design icons; size and colour come from the style sheets. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon, String... styleClasses) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }
}
