//! Date lines in their many forms.
