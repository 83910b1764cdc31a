// « Copier le lien » beside each section heading of a report.
import { announce } from './announce.js';
import { element } from './dom.js';

export function installCopyLinks() {
  if (!navigator.clipboard) return;
  const sections = document.querySelectorAll('.report-body section[id]');
  for (const section of sections) {
    const heading = section.querySelector('h1, h2, h3, h4, h5, h6');
    if (!heading) continue;
    const title = heading.textContent?.trim() ?? '';
    // The permalink is the section itself, without the query that led the reader here.
    const permalink = new URL(`${window.location.pathname}#${encodeURIComponent(section.id)}`, window.location.origin).href;
    const button = element('button', 'copy-link', 'Copier le lien');
    button.type = 'button';
    button.setAttribute('aria-label', `Copier le lien vers la section « ${title} »`);
    button.dataset.permalink = permalink;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(permalink);
        announce('Lien copié');
        button.classList.add('is-copied');
        window.setTimeout(() => button.classList.remove('is-copied'), 2000);
      } catch (error) {
        announce(`Copie impossible ; le lien est ${permalink}`);
        console.warn('Copie du lien refusée :', error);
      }
    });
    heading.after(button);
  }
}
