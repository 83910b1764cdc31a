// Search as you type: a WAI-ARIA combobox whose listbox holds word completions (/api/suggest) and the
// first sections found (/api/search). Enter with no option chosen is the plain form submission.
import { announce } from './announce.js';
import { element } from './dom.js';
import { snippetFragment } from './snippet.js';

const DEBOUNCE_MS = 150;
const MIN_QUERY_LENGTH = 2;
const LIVE_RESULT_LIMIT = 5;

/** Replaces the word being typed (the last one) with the chosen completion. */
function completeLastWord(query, word) {
  const match = /^(.*?)(\S*)$/s.exec(query);
  const head = match ? match[1] : '';
  return `${head}${word}`;
}

function plural(count, singular, pluralForm) {
  return `${count.toLocaleString('fr-FR')} ${count === 1 ? singular : pluralForm}`;
}

export function installCombobox(input) {
  const form = input.form;
  if (!form) return;
  const listboxId = `${input.id || 'q'}-listbox`;

  // The layout reserves #search-suggestions; it moves into the row so it can hang right under the box.
  const popup = document.getElementById('search-suggestions') ?? element('div');
  popup.classList.add('search-popup');
  popup.hidden = true;
  const listbox = element('div', 'search-popup__list');
  listbox.id = listboxId;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Suggestions et premiers résultats');
  popup.replaceChildren(listbox);
  form.classList.add('has-search-popup');
  (input.closest('.search-row') ?? input.parentElement ?? form).append(popup);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listboxId);
  input.setAttribute('autocomplete', 'off');

  let options = [];
  let activeIndex = -1;
  let timer = 0;
  let controller = null;

  function setActive(index) {
    options.forEach((option, i) => {
      const active = i === index;
      option.setAttribute('aria-selected', String(active));
      option.classList.toggle('is-active', active);
    });
    activeIndex = index;
    const active = options[index];
    if (active) {
      input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function open() {
    if (options.length === 0) return;
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    setActive(-1);
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  function choose(option) {
    const kind = option.dataset.kind;
    if (kind === 'word') {
      input.value = completeLastWord(input.value, option.dataset.value ?? '');
      close();
      form.requestSubmit();
    } else if (kind === 'result') {
      close();
      window.location.assign(option.dataset.url ?? '/');
    } else {
      close();
      form.requestSubmit();
    }
  }

  function addOption(group, kind, build) {
    const option = element('div', `search-popup__option search-popup__option--${kind}`);
    option.id = `${listboxId}-option-${options.length}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.dataset.kind = kind;
    build(option);
    group.append(option);
    options.push(option);
    return option;
  }

  function addGroup(label) {
    const group = element('div', 'search-popup__group');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', label);
    // The visible heading repeats the group's accessible name: hide it from assistive technology.
    const heading = element('div', 'search-popup__heading', label);
    heading.setAttribute('aria-hidden', 'true');
    group.append(heading);
    listbox.append(group);
    return group;
  }

  function render(query, suggestions, search) {
    listbox.replaceChildren();
    // Which query the list answers: lets tests (and curious readers of the DOM) tell stale from fresh.
    listbox.dataset.query = query;
    options = [];
    activeIndex = -1;
    input.removeAttribute('aria-activedescendant');

    if (suggestions.length > 0) {
      const group = addGroup('Suggestions');
      for (const word of suggestions) {
        addOption(group, 'word', (option) => {
          option.dataset.value = word;
          option.textContent = word;
        });
      }
    }
    const hits = search?.results ?? [];
    if (hits.length > 0) {
      const group = addGroup('Sections');
      for (const hit of hits) {
        addOption(group, 'result', (option) => {
          option.dataset.url = hit.url;
          option.append(element('span', 'search-popup__title', hit.title));
          const where = [hit.reportTitle, ...hit.breadcrumb].join(' › ');
          option.append(element('span', 'search-popup__meta', where));
          const snippet = element('span', 'search-popup__snippet');
          snippet.append(snippetFragment(hit.snippet));
          option.append(snippet);
        });
      }
      if (search.total > hits.length) {
        addOption(group, 'all', (option) => {
          option.textContent = `Voir les ${plural(search.total, 'résultat', 'résultats')}`;
        });
      }
    }

    if (options.length === 0) {
      close();
      announce('Aucune suggestion');
      return;
    }
    open();
    const total = search?.total ?? 0;
    announce(
      `${plural(suggestions.length, 'suggestion', 'suggestions')}, ${plural(total, 'section trouvée', 'sections trouvées')}. ` +
        'Flèches haut et bas pour parcourir.',
    );
  }

  async function fetchJson(url, signal) {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status} pour ${url}`);
    return response.json();
  }

  async function update(query) {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    const encoded = encodeURIComponent(query);
    // Live results honour the « limit to one report » choice the form will submit.
    const scope = form.elements.namedItem('rapport');
    const report = scope instanceof HTMLSelectElement && scope.value ? `&report=${encodeURIComponent(scope.value)}` : '';
    try {
      const [suggest, search] = await Promise.all([
        fetchJson(`/api/suggest?q=${encoded}`, signal),
        fetchJson(`/api/search?q=${encoded}&limit=${LIVE_RESULT_LIMIT}${report}`, signal),
      ]);
      // A slower answer to an older query must not replace the current one.
      if (signal.aborted || input.value.trim() !== query) return;
      render(query, suggest.suggestions ?? [], search);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      // Suggestions are a convenience: the plain form still works, so close and say why in the console.
      close();
      console.warn('Recherche instantanée indisponible :', error);
    }
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < MIN_QUERY_LENGTH) {
      controller?.abort();
      listbox.replaceChildren();
      options = [];
      close();
      return;
    }
    timer = window.setTimeout(() => update(query), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const expanded = !popup.hidden;
    switch (event.key) {
      case 'ArrowDown':
        if (options.length === 0) return;
        event.preventDefault();
        if (!expanded) open();
        setActive(activeIndex + 1 >= options.length ? 0 : activeIndex + 1);
        break;
      case 'ArrowUp':
        if (options.length === 0) return;
        event.preventDefault();
        if (!expanded) open();
        setActive(activeIndex <= 0 ? options.length - 1 : activeIndex - 1);
        break;
      case 'Enter': {
        // With no option chosen, Enter is the plain form submission.
        const active = expanded ? options[activeIndex] : undefined;
        if (!active) return;
        event.preventDefault();
        choose(active);
        break;
      }
      case 'Escape':
        if (!expanded) return;
        // Closing the popup only; the native search field would also clear the text.
        event.preventDefault();
        close();
        break;
      default:
    }
  });

  // Keeps focus in the box while clicking an option, so the popup does not close under the pointer.
  popup.addEventListener('pointerdown', (event) => event.preventDefault());
  popup.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    if (option) choose(option);
  });
  input.addEventListener('blur', close);
  form.addEventListener('submit', () => {
    window.clearTimeout(timer);
    controller?.abort();
    close();
  });
}
