// The one source file of the precompiled-header donor target (cmake/precompiled_headers.cmake):
// a target needs a source to build its precompiled header; this one adds nothing else.
