package com.ringbook.ui.owner;

import com.ringbook.revenue.api.Figure;

/** One step of the funnel as drawn: its label, count, share of the missed calls, and bar length (0 to 1). */
record FunnelRow(Figure figure, String label, int count, String share, double fraction) {
}
