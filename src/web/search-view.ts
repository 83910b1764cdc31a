import type { SearchNotice, SearchResponse, SearchTruncation, Timeline } from '../types';
import { escapeHtml } from '../search';
import type { Citation, SectionRef } from './citation';
import { paginate } from './pagination';
import type { ReportList } from './report-list';
import { scopeOptions } from './search-scope';
import { originalUrl, searchUrl, type SearchPageState } from './search-url';
import { timelineView } from './timeline-view';
import { pluralize } from '../plural';
import type { PageContext } from './view-engine';

export interface SearchViewInput {
  response: SearchResponse;
  state: SearchPageState;
  reports: ReportList;
  /** The typed query was cut to the maximum length. */
  truncated: boolean;
  /** The same search per year of the archive (drawn above the results when something matched). */
  timeline?: Timeline | undefined;
  cite: (ref: SectionRef) => Citation;
}

const NOTICE_MESSAGES: Record<SearchNotice, string> = {
  empty: 'Saisissez au moins un mot à rechercher.',
  'only-stopwords':
    'Votre recherche ne contient que des mots très courants (« le », « de », « pour »…), qui sont ignorés. ' +
    'Ajoutez un mot plus précis : un thème, un sigle, un nom.',
  'any-words': 'Aucune section ne contient tous les mots ; voici celles qui en contiennent au moins un.',
  'only-exclusions':
    'Un mot précédé de « - » est exclu des résultats : ajoutez un mot à chercher, par exemple « Ségur -CCUE ».',
};

/** Notices of a query that searched nothing: no « Aucun résultat », only the advice. */
const NOTICES_WITHOUT_SEARCH: ReadonlySet<SearchNotice> = new Set(['empty', 'only-stopwords', 'only-exclusions']);

/** Everything the results page shows, decided here so the template only lays it out. */
export function searchView({ response, state, reports, truncated, timeline, cite }: SearchViewInput): PageContext {
  const q = state.q;
  const strict = state.strict === true ? true : undefined;
  const allReports = state.allReports === true ? true : undefined;
  const filters = { reportId: state.reportId, year: state.year, strict, allReports };
  const titleOf = (id: string) => reports.byId.get(id)?.label ?? id;
  const pageCount = Math.max(1, Math.ceil(response.total / response.limit));

  const scope = [
    state.reportId ? `dans « ${titleOf(state.reportId)} »` : '',
    state.year !== undefined ? `en ${state.year}` : '',
  ].filter(Boolean);
  const count = response.total === 0 ? 'Aucun résultat' : pluralize(response.total, 'résultat', 'résultats');
  const summary = `${count} pour « ${q} »${scope.length ? ` ${scope.join(', ')}` : ''}`;

  const activeFilters = [
    state.reportId && {
      label: `Rapport : ${titleOf(state.reportId)}`,
      removeUrl: searchUrl({ q, ...filters, reportId: undefined }),
    },
    state.year !== undefined && {
      label: `Année : ${state.year}`,
      removeUrl: searchUrl({ q, ...filters, year: undefined }),
    },
  ].filter(Boolean);

  const silentNotice = response.notice !== undefined && NOTICES_WITHOUT_SEARCH.has(response.notice);
  const suggestion = response.suggestion && response.suggestion !== q
    ? { text: response.suggestion, url: searchUrl({ q: response.suggestion, ...filters }) }
    : undefined;

  return {
    title: `Recherche « ${q} »`,
    q,
    selectedReport: state.reportId,
    reportOptions: scopeOptions(reports.all, state.reportId),
    truncated,
    summary,
    showSummary: !silentNotice,
    notice: response.notice ? NOTICE_MESSAGES[response.notice] : undefined,
    limitNotices: response.truncated ? truncationMessages(response.truncated) : [],
    noResults: response.total === 0 && !silentNotice,
    suggestion,
    widenUrl: activeFilters.length ? searchUrl({ q, strict }) : undefined,
    widening: wideningView(response, state),
    firstRank: (response.page - 1) * response.limit + 1,
    hits: response.hits.map((hit) => ({
      title: hit.title,
      titleHtml: hit.titleHtml ?? escapeHtml(hit.title),
      url: hit.url,
      // The label: two reports may share a title (see ReportSummary.label).
      breadcrumb: [reports.byId.get(hit.reportId)?.label ?? hit.reportTitle, ...hit.breadcrumb].join(' › '),
      year: hit.year,
      page: hit.page,
      pageUrl: hit.page === null ? undefined : originalUrl(hit.reportId, hit.page),
      snippet: hit.snippet,
      citation: cite({ reportId: hit.reportId, sectionId: hit.sectionId, sectionTitle: hit.title, page: hit.page }),
      citedTitle: hit.title,
    })),
    timeline: timeline && !silentNotice ? timelineView(timeline, state) : undefined,
    pagination: paginate(response.page, pageCount, (page) => searchUrl({ q, ...filters, page })),
    pageInfo: pageCount > 1 ? `Page ${response.page} sur ${pageCount}` : undefined,
    activeFilters,
    facets: {
      reports: response.facets.reports.map((f) => ({
        label: f.label,
        count: f.count,
        active: f.value === state.reportId,
        url: searchUrl({ q, year: state.year, strict, allReports, reportId: f.value === state.reportId ? undefined : f.value }),
      })),
      moreReports: response.facets.moreReports
        ? { text: moreReportsText(response.facets.moreReports), url: searchUrl({ q, ...filters, page: state.page, allReports: true }) }
        : undefined,
      years: response.facets.years.map((f) => ({
        label: f.label,
        count: f.count,
        active: f.value === state.year,
        url: searchUrl({ q, reportId: state.reportId, strict, allReports, year: f.value === state.year ? undefined : f.value }),
      })),
    },
    showFacets: response.facets.reports.length + response.facets.years.length > 0,
  };
}

/** The link under a report facet cut to its first reports. */
function moreReportsText(count: number): string {
  return count === 1 ? 'Voir l’autre rapport' : `Voir les ${pluralize(count, 'autre rapport', 'autres rapports')}`;
}

/** What a too costly query lost, said plainly (« seuls les 12 premiers mots ont été cherchés »). */
export function truncationMessages(cut: SearchTruncation): string[] {
  const messages: string[] = [];
  if (cut.searchedWords < cut.typedWords) {
    messages.push(
      `Votre recherche compte ${cut.typedWords} mots : seuls les ${cut.searchedWords} premiers ont été cherchés.`,
    );
  }
  if (cut.narrowedWords > 0) {
    const words = cut.narrowedWords > 1
      ? `${cut.narrowedWords} mots ont été cherchés sans toutes leurs variantes`
      : 'un mot a été cherché sans toutes ses variantes';
    messages.push(`Pour répondre vite, ${words} (fautes de frappe, mots commencés) : vérifiez l’orthographe.`);
  }
  return messages;
}

/**
 * « Recherche élargie à « EHPAD » (pour « maisons de retraite ») », with the strict search one click away;
 * on a strict search, the way back to the widened one.
 */
function wideningView(response: SearchResponse, state: SearchPageState): { message: string; linkText: string; url: string } | undefined {
  const same = { q: state.q, reportId: state.reportId, year: state.year };
  if (state.strict) {
    return {
      message: 'Recherche stricte : seuls les mots tapés sont cherchés, sans synonymes ni sigles développés.',
      linkText: 'Élargir aux synonymes et aux sigles',
      url: searchUrl(same),
    };
  }
  if (!response.widened?.length) return undefined;
  const several = response.widened.length > 1;
  const parts = response.widened.map(({ words, alternatives }) => {
    const shown = alternatives.slice(0, MAX_ALTERNATIVES_SHOWN).map((alternative) => `« ${alternative} »`);
    const more = alternatives.length - shown.length;
    // With one widened run the reader knows which words it stands for; with several, each is named.
    return `${joinFrench(shown)}${more > 0 ? ` (et ${pluralize(more, 'autre', 'autres')})` : ''}${several ? ` pour « ${words} »` : ''}`;
  });
  return {
    message: `Recherche élargie à ${parts.join(' ; ')}.`,
    linkText: `Rechercher uniquement « ${state.q} »`,
    url: searchUrl({ ...same, strict: true }),
  };
}

const MAX_ALTERNATIVES_SHOWN = 3;

function joinFrench(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}
