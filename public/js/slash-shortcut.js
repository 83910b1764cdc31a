// « / » focuses the search box from anywhere on the page, as on many documentation sites.
import { isEditable } from './dom.js';

export function installSlashShortcut(input) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    // A reader typing « / » in a field means the character, not the shortcut.
    if (isEditable(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
