"""The foundation: errors, options, argument checks, limits and the result types."""
