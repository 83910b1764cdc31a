// One polite live region shared by every enhancement.

let announcer = null;

/** Screen readers read role=status politely; clearing first makes a repeated message heard again. */
export function announce(message) {
  if (!announcer) {
    announcer = document.createElement('div');
    announcer.setAttribute('role', 'status');
    announcer.className = 'visually-hidden';
    announcer.id = 'app-announcer';
    document.body.append(announcer);
  }
  announcer.textContent = '';
  window.setTimeout(() => {
    announcer.textContent = message;
  }, 50);
}
