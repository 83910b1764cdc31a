// The table of contents is folded on phones (<details> in report.hbs). Where it sits beside the text
// (the width refinements.css uses), it is opened for real, not only shown by CSS: its links are then
// in the page for keyboards, screen readers and axe as well as on screen.
const BESIDE_THE_TEXT = '(min-width: 64rem)';

export function installTocFolding() {
  const details = document.querySelector('.toc-details');
  if (!details) return;
  const wide = window.matchMedia(BESIDE_THE_TEXT);
  const follow = () => {
    if (wide.matches) details.open = true;
  };
  follow();
  wide.addEventListener('change', follow);
}
