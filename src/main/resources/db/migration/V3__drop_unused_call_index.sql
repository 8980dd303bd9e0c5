-- Nothing reads calls by time alone (a thread's calls come by calls_by_thread), and every missed call
-- paid for keeping it. A report that needs calls by week can bring back a narrower one.
DROP INDEX calls_by_time;
