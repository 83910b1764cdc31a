// Callbacks given to page.evaluate() run in the browser: they need the DOM types to type-check.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
