"""Many pages: records, inputs, WARC, the worker pool, output writers and the command line."""
