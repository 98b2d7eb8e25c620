//! JSON and JSONL articles (also passim output).
