// « Citer »: opening the reference (a <details> readable without JavaScript) also copies it, as plain
// text: the paragraph's text is the reference (the title's italics and the link are only markup).
import { announce } from './announce.js';

export function installCitations() {
  if (!navigator.clipboard) return;
  for (const details of document.querySelectorAll('details.citation')) {
    details.addEventListener('toggle', async () => {
      if (!details.open) return;
      const text = details.querySelector('.citation-text')?.textContent?.trim() ?? '';
      try {
        await navigator.clipboard.writeText(text);
        announce('Référence copiée');
        details.classList.add('is-copied');
        window.setTimeout(() => details.classList.remove('is-copied'), 2000);
      } catch (error) {
        // The reference is on screen: the reader can still select it by hand.
        announce('Copie impossible ; la référence est affichée, sélectionnez-la pour la copier.');
        console.warn('Copie de la référence refusée :', error);
      }
    });
  }
}
