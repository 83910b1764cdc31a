// Server snippets are escaped text with <mark> around matched words; anything else is not trusted.

const ONLY_MARK_TAGS = /^(?:[^<>]|<mark>|<\/mark>)*$/;

/** A fragment from a server snippet, or plain text when it holds anything but <mark>. */
export function snippetFragment(html) {
  if (ONLY_MARK_TAGS.test(html)) {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  }
  // Unexpected markup: show the words, never the tags.
  const template = document.createElement('template');
  template.innerHTML = html.replace(/<[^>]*>/g, '');
  const fragment = document.createDocumentFragment();
  fragment.append(document.createTextNode(template.content.textContent ?? ''));
  return fragment;
}
