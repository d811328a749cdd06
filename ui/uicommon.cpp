// parlance-ui: widgets only, no protocol knowledge. The areas add their sources through
// their own sources.cmake; this file keeps the library non-empty while they grow.
