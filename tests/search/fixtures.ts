// Small hand-made reports for the search core: each section exercises one behaviour a reader notices.
import type { Report, Section } from '../../src/types';

function section(reportId: string, id: string, title: string, text: string, breadcrumb: string[] = []): Section {
  return { id, reportId, title, breadcrumb, level: breadcrumb.length + 1, page: null, text };
}

export const FIXTURE_REPORTS: Report[] = [
  {
    meta: {
      id: 'rapport-annuel-2020',
      title: 'Rapport annuel 2020',
      year: 2020,
      organisation: 'Nexem',
      sourceFile: 'rapport-annuel-2020.md',
      format: 'markdown',
      pageCount: null,
      contentHash: 'a'.repeat(64),
    },
    sections: [
      section(
        'rapport-annuel-2020',
        'negociations-salariales',
        'Les négociations salariales',
        'Les négociations avec les syndicats ont abouti. Nexem a négocié une revalorisation des salaires dans le cadre du Ségur de la santé. La négociation se poursuivra en 2021.',
      ),
      section(
        'rapport-annuel-2020',
        'ccue',
        'La CCUE',
        'La convention collective unique étendue (CCUE) remplacera la CCN66 et la CCN 51. Son financement reste à trouver auprès des pouvoirs publics.',
        ['Le projet conventionnel'],
      ),
      section(
        'rapport-annuel-2020',
        'accueil',
        'Accueil des jeunes',
        'L’accueil des jeunes en structure et l’attractivité des métiers sont des priorités. La CCUE simplifiera leur parcours.',
      ),
      section(
        'rapport-annuel-2020',
        'chiffres',
        'Chiffres clés',
        '2020 12 345 67 % 89 % 1 200 adhérents 3 400 établissements 17 régions 25 % 50 %',
      ),
    ],
  },
  {
    meta: {
      id: 'retrospective-2024',
      title: 'Rétrospective 2024',
      year: 2024,
      organisation: 'Nexem',
      sourceFile: 'retrospective-2024.txt',
      format: 'text',
      pageCount: null,
      contentHash: 'b'.repeat(64),
    },
    sections: [
      section(
        'retrospective-2024',
        'segur-pour-tous',
        'Le Ségur pour tous',
        'Nexem demande le Ségur pour tous les professionnels oubliés. Le financement de la CCUE par l’État est une condition.',
      ),
      section(
        'retrospective-2024',
        'serafin',
        'La réforme SERAFIN-PH',
        'La réforme SERAFIN-PH de la tarification des établissements médico-sociaux avance. Les tarifs <script>alert(1)</script> & co.',
      ),
      section(
        'retrospective-2024',
        'humanifeste',
        'Le Humanifeste',
        'Nexem publie l’Humanifeste, un manifeste pour l’humain dans le secteur social et médico-social.',
      ),
      section('retrospective-2024', 'budget', 'Le budget', 'Le déficit public atteint 5 % du PIB en 2024.'),
      section('retrospective-2024', 'loi', 'La loi', 'La loi définit les règles du secteur.'),
      section(
        'retrospective-2024',
        'ccn66-mayotte',
        'CCN66 : solidarité avec Mayotte',
        'Les employeurs de la CCN66 ont soutenu les Mahorais après le cyclone.',
      ),
    ],
  },
];
