//! Page furniture: breadcrumbs, reading times, captions, credits, bylines, related links.
