package com.ringbook.domain;

/** Which threads the inbox list shows; paged so a large inbox never loads whole. */
public record InboxQuery(Filter filter, String search, int limit, int offset) {

    public enum Filter {
        ALL("All"), WAITING("Needs reply"), OPEN("Open");

        private final String label;

        Filter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static InboxQuery firstPage(Filter filter, String search) {
        return new InboxQuery(filter, search == null ? "" : search.strip(), 500, 0);
    }
}
