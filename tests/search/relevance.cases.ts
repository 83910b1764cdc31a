// Queries staff, member associations and journalists would type, each with the section that answers it.
// Written from reading both reports, never from the ranking's output. Headings are matched folded
// (accents, case, apostrophes ignored); several entries in `expected` are equally good answers.
import type { ExpectedSection, RelevanceCase } from '../../scripts/lib/relevance';

const r2020 = (titleIncludes: string): ExpectedSection => ({ reportId: 'rapport-annuel-2020', titleIncludes });
const r2024 = (titleIncludes: string): ExpectedSection => ({ reportId: 'retrospective-2024', titleIncludes });

// Sections several queries point at.
const CCUE_NEGOTIATIONS = [
  r2024('CCUE : les négociations se poursuivent'),
  r2024('un nouveau calendrier de négociations'),
  r2024('Accord de méthode pour la CCUE'),
];
const POLITICAL_CONTEXT = [
  r2024('contexte politique perturbé'),
  r2024('incertitude inédit'),
  r2024('la quadrature du cercle'),
];
const SEGUR_FOR_ALL_AGREEMENT = [r2024('une victoire et la réparation'), r2024('un double accord en juin')];
const HUMANIFEST = [r2024('Humanifest : un plan d’action ambitieux')];
const MAHORAIS = [r2024('en soutien des Mahorais')];
const ACCORDS_2020 = r2020('Les accords et avenants conclus en 2020');
const PEPITCH_WINNER = [r2024('Marie Pécot'), r2024('micro-crèches en carton'), r2024('Pépitch')];

export const RELEVANCE_CASES: RelevanceCase[] = [
  // ---- Acronyms -------------------------------------------------------------------------------------
  { query: 'CCUE', kind: 'acronym', expected: CCUE_NEGOTIATIONS, top: 3,
    why: '« CCUE : les négociations se poursuivent dans la tourmente politique » — the CCUE sections of 2024' },
  { query: 'PLFSS', kind: 'acronym', expected: [r2024('PLF et PLFSS'), r2020('loi de financement de la Sécurité sociale')], top: 3,
    why: '« PLF et PLFSS : une contribution active… » (2024); « un plaidoyer commun aux PLF et PLFSS » (2020)' },
  { query: 'SERAFIN-PH', kind: 'acronym', expected: r2024('SERAFIN-PH : au-delà de l’équation tarifaire'), top: 1,
    why: '« Lancée en 2014, la réforme SERAFIN-PH vise à transformer le modèle de financement »' },
  { query: 'CCN66', kind: 'acronym', expected: [...MAHORAIS, ACCORDS_2020], top: 3,
    why: '« CCN66 : LE HAUT DEGRÉ DE SOLIDARITÉ… »; 2020: « l’avenant 357 pour la CCN66 », « l’avenant 360 à la CCN 66 »' },
  { query: 'AXESS', kind: 'acronym', expected: r2020('AXESS, la confédération structurante'), top: 3,
    why: '« Axess, confédération des employeurs du secteur sanitaire, social et médico-social… créée en 2019 »' },
  { query: 'UNAFORIS', kind: 'acronym', expected: r2020('partenariat avec l’UNAFORIS'), top: 1,
    why: '« s’engager dans un partenariat opérationnel avec… l’UNAFORIS »' },
  { query: 'CNAM', kind: 'acronym', expected: [r2020('partenariat national avec le CNAM'), r2024('accompagnement managérial à 360')], top: 3,
    why: '« un accord cadre national avec le Conservatoire National des Arts et Métiers (CNAM) »; 2024: « Diplôme universitaire… en partenariat avec le CNAM »' },
  { query: 'OPCO', kind: 'acronym', expected: [r2020('Structuration du secteur'), r2020('2020 en chiffres'), r2024('Attractiv’QVCT')], top: 3,
    why: '« l’OPCO en charge de la formation, de l’apprentissage et des parcours professionnels »' },
  { query: 'CNAPE', kind: 'acronym', expected: r2020('collaboration avec la CNAPE'), top: 1,
    why: '« Une convention de partenariat a été signée en novembre 2020 entre Nexem et la… (CNAPE) »' },
  { query: 'ANAP', kind: 'acronym', expected: r2020('changement avec l’ANAP'), top: 1,
    why: '« Nexem a signé en octobre 2020 avec l’Agence nationale d’appui à la performance (ANAP) un partenariat »' },
  { query: 'ESAT', kind: 'acronym', expected: r2024('ESAT : vigilance'), top: 1,
    why: '« ESAT : vigilance pour le respect des nouveaux droits des travailleurs en situation de handicap »' },
  { query: 'DDADUE', kind: 'acronym', expected: r2024('autour de la loi DDADUE'), top: 1,
    why: '« Dans le cadre de la loi DDADUE du 22 avril 2024 relative au droit des congés des salariés absents »' },
  { query: 'CPPNI', kind: 'acronym', expected: ACCORDS_2020, top: 1,
    why: '« met en place une commission paritaire permanente de négociation et d’interprétation (CPPNI) »' },
  { query: 'PIPPA', kind: 'acronym', expected: [r2024('PIPPA : le design social'), r2024('Alexandra Chapelle')], top: 3,
    why: '« Parcours d’innovation avec les professionnels et les personnes accompagnées (ou PIPPA) »' },
  { query: 'ONDAM', kind: 'acronym', expected: POLITICAL_CONTEXT, top: 3,
    why: '« François Bayrou… annonce une hausse de 3,3 % de l’ONDAM » (political context of 2024)' },

  // ---- Names ---------------------------------------------------------------------------------------
  { query: 'Laforcade', kind: 'name', expected: r2020('La mission Laforcade'), top: 1,
    why: '« La mission sur « les métiers de l’autonomie » confiée à Michel Laforcade »' },
  { query: 'Vautrin', kind: 'name', expected: CCUE_NEGOTIATIONS, top: 3,
    why: '« Catherine Vautrin, annonce son refus d’agréer cette recommandation… elle fixe un calendrier de négociation »' },
  { query: 'Barnier', kind: 'name', expected: POLITICAL_CONTEXT, top: 3,
    why: '« la nomination de Michel Barnier début septembre ne met pas fin à la période de turbulences »' },
  { query: 'Cynthia Fleury', kind: 'name', expected: [r2024('programme de conférences'), r2024('La Mêlée Nexem transforme l’essai')], top: 3,
    why: '« La Mêlée Nexem a eu le plaisir de recevoir la philosophe Cynthia Fleury comme grand témoin »' },
  { query: 'Marie Pécot', kind: 'name', expected: PEPITCH_WINNER, top: 3,
    why: '« PAROLE DE LAURÉATE : MARIE PÉCOT — Les micro-crèches en carton »' },
  { query: 'Alexandra Chapelle', kind: 'name', expected: r2024('Alexandra Chapelle'), top: 1,
    why: '« 3 QUESTIONS À ALEXANDRA CHAPELLE, directrice de l’EHPAD La Maison du Telhuet »' },
  { query: 'Parmentier-Lecocq', kind: 'name', expected: r2024('SERAFIN-PH : au-delà'), top: 3,
    why: '« Nexem interpellait Charlotte Parmentier-Lecocq, ministre déléguée… » in the SERAFIN-PH section' },
  { query: 'Huguette Lemoyne', kind: 'name', expected: r2024('Manifeste Outre-Mer'), top: 1,
    why: '« Huguette Lemoyne, déléguée régionale de Guadeloupe… a élaboré le « Manifeste Outre-Mer » »' },
  { query: 'cabinet Cornillier', kind: 'name', expected: [r2024('des adhérents outillés'), r2024('Un kit d’outils dédié')], top: 3,
    why: '« des modèles de recours-types ont été conçus avec le cabinet d’avocats Cornillier »' },

  // ---- Numbers -------------------------------------------------------------------------------------
  { query: '49.3', kind: 'number', expected: [r2024('PLF et PLFSS'), ...POLITICAL_CONTEXT], top: 3,
    why: '« jusqu’à l’utilisation du 49.3 qui a mis fin prématurément aux débats »; « recours à l’article 49.3 »' },
  // The brief suggested « 183 euros »: no such amount is in either report; the Ségur prime is 238 euros.
  { query: '238 euros', kind: 'number', expected: SEGUR_FOR_ALL_AGREEMENT, top: 3,
    why: '« qui toucheront cette prime de 238 euros bruts rétroactivement, à partir du 1er janvier 2024 »' },
  { query: '600 millions numérique', kind: 'number', expected: r2020('Un fonds de 600'), top: 1,
    why: '« Un plan d’investissement pour le numérique d’un montant de 600 millions d’euros »' },
  { query: '215 000 professionnels exclus', kind: 'number', expected: [...SEGUR_FOR_ALL_AGREEMENT, r2024('contrats en alternance et des CDDI')], top: 3,
    why: '« la reconnaissance des 215 000 professionnels de la branche… jusqu’ici exclus des mesures Ségur »' },
  { query: '175 000 postes', kind: 'number', expected: [r2020('Saisir le Momentum'), r2020('Transformation de l’offre')], top: 3,
    why: '« 175 000 postes sont à pourvoir dans le secteur d’ici 2025 »' },
  { query: '9,21 %', kind: 'number', expected: ACCORDS_2020, top: 1,
    why: '« L’avenant 354 portant l’indemnité de sujétion spéciale à 9,21 % »' },
  { query: 'avenant 360', kind: 'number', expected: ACCORDS_2020, top: 1,
    why: '« Enfin, l’avenant 360 à la CCN 66 conclu le 10 décembre 2020 »' },
  { query: '35 000 postes vacants', kind: 'number', expected: [r2024('difficultés de recrutement aggravées'), r2024('incertitude inédit')], top: 3,
    why: '« Avec 35 000 postes vacants contre 30 000 au périmètre AXESS lors de la précédente édition »' },
  { query: '43 propositions', kind: 'number', expected: r2024('PLF et PLFSS'), top: 3,
    why: '« Nexem a ainsi produit un plaidoyer riche de 43 propositions »' },

  // ---- Phrases in quotes ---------------------------------------------------------------------------
  { query: '"Ségur pour tous"', kind: 'phrase', expected: r2024('Ségur pour tous'), top: 3,
    why: 'five 2024 headings name it: « Accord Ségur pour tous : une victoire… », « Le combat pour l’effectivité… »' },
  { query: '"haut degré de solidarité"', kind: 'phrase', expected: [...MAHORAIS, ACCORDS_2020], top: 3,
    why: '« CCN66 : LE HAUT DEGRÉ DE SOLIDARITÉ EN SOUTIEN DES MAHORAIS »; 2020: « une cotisation au Haut degré de solidarité (HDS) »' },
  { query: '"livre blanc"', kind: 'phrase', expected: r2020('Livre Blanc'), top: 3,
    why: '« UN LIVRE BLANC POUR L’ATTRACTIVITÉ DES MÉTIERS »' },
  { query: '"solidarité en danger"', kind: 'phrase', expected: r2024('Solidarité en danger : acte II'), top: 3,
    why: '« la mobilisation Solidarité en danger s’est poursuivie en 2024 et 5 acteurs du secteur ont rejoint le mouvement »' },
  { query: '"pourquoi pas moi"', kind: 'phrase', expected: r2020('Pourquoi pas moi'), top: 1,
    why: '« La campagne #Pourquoi pas moi déclinée sur la toile et les réseaux sociaux »' },
  { query: '"Caisse Nationale des Solidarités"', kind: 'phrase', expected: [r2024('Caisse Nationale des Solidarités'), ...HUMANIFEST], top: 3,
    why: '« Créer la Caisse Nationale des Solidarités (CNS) et la positionner comme un organe de financement unique »' },

  // ---- Topics in plain words -----------------------------------------------------------------------
  { query: 'attractivité des métiers', kind: 'topic', expected: [r2020('L’attractivité des métiers'), r2020('Livre Blanc pour l’attractivité')], top: 3,
    why: 'chapter 2 of 2020 « L’attractivité des métiers »; « UN LIVRE BLANC POUR L’ATTRACTIVITÉ DES MÉTIERS »' },
  { query: 'protection de l’enfance', kind: 'topic', expected: [r2024('la protection de l’enfance aux avant-postes'), r2020('collaboration avec la CNAPE')], top: 3,
    why: '« Mesure d’impact social : la protection de l’enfance aux avant-postes »' },
  { query: 'transformation numérique', kind: 'topic', expected: [r2020('La transformation numérique'), r2024('vision de la transformation numérique')], top: 3,
    why: '« LA TRANSFORMATION NUMÉRIQUE » (2020); « Défendre notre vision de la transformation numérique » (2024)' },
  { query: 'développement durable', kind: 'topic',
    expected: [r2024('Développement durable : lier'), r2024('7 objectifs'), r2024('4 thématiques prioritaires'), r2024('Une organisation dédiée')], top: 3,
    why: '« Développement durable : lier les enjeux écologiques aux défis de la solidarité »' },
  { query: 'déficit public', kind: 'topic', expected: [r2024('la quadrature du cercle')], top: 3,
    why: '« le déficit public s’est en effet creusé en 2024 pour atteindre près de 175 Md€ »' },
  { query: 'dissolution de l’Assemblée nationale', kind: 'topic', expected: [...POLITICAL_CONTEXT, r2024('Un tempo ralenti')], top: 3,
    why: '« Un contexte politique perturbé, entre dissolution et censure »' },
  { query: 'organisme paritaire de prévention', kind: 'topic', expected: r2024('Organisme Paritaire de Prévention'), top: 1,
    why: '« Vers un Organisme Paritaire de Prévention pour la branche »' },
  { query: 'accord de méthode', kind: 'topic', expected: r2024('Accord de méthode pour la CCUE'), top: 3,
    why: '« Accord de méthode pour la CCUE : une volonté commune d’avancer »' },
  { query: 'congés trimestriels', kind: 'topic', expected: [r2024('CCUE : les négociations se poursuivent'), r2024('Un tempo ralenti')], top: 3,
    why: '« étendre l’attribution des congés conventionnels (anciennement congés trimestriels) »' },
  { query: 'DDADUE congés payés', kind: 'topic', expected: r2024('autour de la loi DDADUE'), top: 1,
    why: '« la loi DDADUE du 22 avril 2024 relative au droit des congés des salariés absents » (a training list also names « congés payés » and DDADUE)' },
  { query: 'diplôme universitaire management', kind: 'topic', expected: [r2024('accompagnement managérial à 360'), r2024('Sandra Bertezene')], top: 3,
    why: '« la création d’un Diplôme universitaire « Leadership et politique RH… » en partenariat avec le CNAM »' },
  { query: 'mineurs non accompagnés en EHPAD', kind: 'topic', expected: r2024('l’intrapreneuriat fait florès'), top: 3,
    why: '« Troc ton Autonomie… permettant à des jeunes mineurs non accompagnés et des personnes âgées résidentes en EHPAD »' },
  { query: 'cyclone Chido Mayotte', kind: 'topic', expected: MAHORAIS, top: 1,
    why: '« Après que le cyclone Chido a balayé Mayotte en décembre 2024, ces fonds ont ainsi pu être utilisés »' },
  { query: 'Assemblée générale en distanciel', kind: 'topic', expected: r2020('Assemblée Générale de Nexem'), top: 3,
    why: '« L’Assemblée Générale de Nexem s’est déroulée "en distanciel" le 18 novembre 2020 »' },
  { query: 'conseiller territorial', kind: 'topic', expected: [r2020('La vie régionale'), r2020('Une action 360 sur le terrain')], top: 3,
    why: '« Le conseiller territorial est un salarié de Nexem qui accompagne les délégués régionaux »' },
  { query: 'enquête IFOP jeunes', kind: 'topic', expected: [r2024('difficultés de recrutement aggravées'), r2024('programme de conférences')], top: 3,
    why: '« l’étude menée par Nexem, en partenariat avec l’IFOP, sur l’attractivité des métiers… auprès des jeunes »' },

  // ---- Typed without accents -----------------------------------------------------------------------
  { query: 'negociation', kind: 'unaccented', expected: CCUE_NEGOTIATIONS, top: 3,
    why: '« CCUE et revalorisations salariales : un nouveau calendrier de négociations »' },
  { query: 'securite sociale', kind: 'unaccented', expected: [r2020('loi de financement de la Sécurité sociale'), r2024('PLF et PLFSS')], top: 3,
    why: '« Projet de loi de finances et loi de financement de la Sécurité sociale »' },
  { query: 'modele economique des ehpad', kind: 'unaccented', expected: r2024('nouveau modèle économique des EHPAD'), top: 1,
    why: '« Grand âge : soutenir l’urgence d’un nouveau modèle économique des EHPAD »' },
  { query: 'reforme tarification chrs', kind: 'unaccented', expected: r2024('CHRS : défendre un modèle tarifaire'), top: 3,
    why: '« La réforme de la tarification des CHRS, conduite par la DIHAL »' },
  { query: 'segur de la sante', kind: 'unaccented', expected: r2020('Le Ségur de la santé'), top: 3,
    why: '« Nexem a dû s’imposer dans le Ségur, c’est-à-dire la concertation… » under « Le Ségur de la santé »' },
  { query: 'cybersecurite', kind: 'unaccented', expected: r2024('vision de la transformation numérique'), top: 3,
    why: '« cybersécurité, en application de la directive européenne NIS-2 » in the webinars of the digital section' },
  { query: 'egalite professionnelle femmes hommes', kind: 'unaccented', expected: r2020('AXESS, la confédération structurante'), top: 3,
    why: '« Axess poursuivra ses travaux sur… l’égalité professionnelle femmes/hommes »' },

  // ---- Typos ---------------------------------------------------------------------------------------
  { query: 'humanifeste', kind: 'typo', expected: HUMANIFEST, top: 3,
    why: '« Humanifest : un plan d’action ambitieux pour la refonte du secteur »' },
  { query: 'negotiation', kind: 'typo', expected: CCUE_NEGOTIATIONS, top: 3,
    why: 'English spelling of « négociation »: the CCUE negotiation sections' },
  { query: 'Laforcde', kind: 'typo', expected: r2020('La mission Laforcade'), top: 3,
    why: '« La mission Laforcade » with a letter missing' },
  { query: 'intraprenariat', kind: 'typo', expected: r2024('l’intrapreneuriat fait florès'), top: 3,
    why: '« Accélérateur 21 : l’intrapreneuriat fait florès » misspelt' },
  { query: 'Vautrain', kind: 'typo', expected: CCUE_NEGOTIATIONS, top: 3,
    why: '« Catherine Vautrin » with a letter too many' },

  // ---- Half-typed last word ------------------------------------------------------------------------
  { query: 'ccn6', kind: 'prefix', expected: [...MAHORAIS, ACCORDS_2020], top: 3,
    why: '« CCN66 » being typed' },
  { query: 'humani', kind: 'prefix', expected: HUMANIFEST, top: 3,
    why: '« Humanifest » being typed' },
  { query: 'seraf', kind: 'prefix', expected: r2024('SERAFIN-PH : au-delà'), top: 3,
    why: '« SERAFIN-PH » being typed' },
  { query: 'cyclone mahor', kind: 'prefix', expected: MAHORAIS, top: 3,
    why: '« Mahorais » being typed after « cyclone »' },
  { query: 'micro-crèche en car', kind: 'prefix', expected: PEPITCH_WINNER, top: 3,
    why: '« une mini-crèche écologique construite en carton recyclé »; « Les micro-crèches en carton »' },
];
