// Progressive enhancement for the archive. Every page works without these modules: the search form is
// a plain GET form and permalinks are plain links. They run under a strict CSP: no inline style, no
// eval; DOM is built with textContent, and server snippets only after checking they hold nothing but
// <mark>.
import { installCitations } from './js/citations.js';
import { installCopyLinks } from './js/copy-links.js';
import { findSearchInput } from './js/dom.js';
import { installCombobox } from './js/search-combobox.js';
import { installSlashShortcut } from './js/slash-shortcut.js';
import { installTocFolding } from './js/toc.js';

const searchInput = findSearchInput();
if (searchInput) {
  installSlashShortcut(searchInput);
  installCombobox(searchInput);
}
installCopyLinks();
installCitations();
installTocFolding();
