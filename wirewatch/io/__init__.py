"""Reading and writing files for the offline paths: raw-article inputs, JSONL, and
``wirewatch process``'s state directory. ``wirewatch.core`` stays free of file I/O."""
