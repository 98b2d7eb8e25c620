//! HTML articles: text and metadata via a real HTML parser.
