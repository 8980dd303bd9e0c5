package com.ringbook.ui.owner;

import com.ringbook.revenue.api.Figure;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One KPI tile: what it counts, its value as shown, a note beneath, and the figure whose calls, leads or jobs it
 * opens over {@code [from, toExclusive)} (none for a figure that cannot be listed yet).
 */
record Tile(String id, String label, String value, String note, Optional<Figure> opens, LocalDate from, LocalDate toExclusive) {
}
