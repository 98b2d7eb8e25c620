//! Pictures of the real views: buffers rendered on a `TestBackend`, written as SVG.
