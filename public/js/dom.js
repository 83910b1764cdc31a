// Small DOM helpers shared by the enhancements.

/** The main search box: the one in <main> if the page has one (home, results), else the header's. */
export function findSearchInput() {
  const inputs = [...document.querySelectorAll('form[role="search"] input[name="q"], form[action$="/recherche"] input[name="q"]')];
  return inputs.find((input) => input.closest('main')) ?? inputs[0] ?? null;
}

/** Whether keys typed here are text (so shortcuts must leave them alone). */
export function isEditable(target) {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** A new element with a class and text set through textContent (never HTML). */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
