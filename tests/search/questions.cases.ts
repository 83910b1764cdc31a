// Requests written the way people ask, not in the reports' words: questions, paraphrases, spelled-out
// acronyms, everyday synonyms and related word forms. Written from reading both reports before the
// widening code existed (never from the thesaurus or the ranking's output), each with the section that
// answers it and the words of the report that make it the answer.
import type { ExpectedSection, RelevanceCase } from '../../scripts/lib/relevance';

const r2020 = (titleIncludes: string): ExpectedSection => ({ reportId: 'rapport-annuel-2020', titleIncludes });
const r2024 = (titleIncludes: string): ExpectedSection => ({ reportId: 'retrospective-2024', titleIncludes });

const CCUE_NEGOTIATIONS = [
  r2024('CCUE : les négociations se poursuivent'),
  r2024('un nouveau calendrier de négociations'),
  r2024('Accord de méthode pour la CCUE'),
];
const SEGUR_FOR_ALL = [r2024('une victoire et la réparation'), r2024('le combat pour l’effectivité du financement du Ségur')];
const DIGITAL = [r2020('La transformation numérique'), r2024('Défendre notre vision de la transformation numérique'), r2020('Club des acteurs du numérique')];
const KEY_FIGURES = [r2024('Les chiffres-clés'), r2020('Nous représentons')];
const RECRUITMENT = [r2024('Des difficultés de recrutement aggravées'), r2024('Copil FAR'), r2024('Implication dans le recrutement')];
// Nexem's answer to recruitment in 2020: « le secteur peine à recruter… confrontées à de réelles difficultés de recrutement ».
const RECRUITMENT_ANSWERS = [...RECRUITMENT, r2020('Saisir le Momentum'), r2020('UN LIVRE BLANC POUR L’ATTRACTIVITÉ')];
const LITIGATION = [r2024('Une systématisation des contentieux'), r2024('des adhérents outillés pour massifier les recours')];

export const QUESTION_CASES: RelevanceCase[] = [
  // ---- Questions -----------------------------------------------------------------------------------
  { query: 'Où en est la convention collective unique ?', kind: 'question', expected: CCUE_NEGOTIATIONS, top: 3,
    why: 'the report says CCUE; « la construction de la CCUE », « convention collective unique étendue »' },
  { query: 'Qu’a obtenu Nexem pour les salariés oubliés du Ségur ?', kind: 'question', expected: SEGUR_FOR_ALL, top: 3,
    why: '« l’accord relatif à l’extension du Ségur… 215 000… jusqu’ici exclus des mesures Ségur »' },
  { query: 'Combien de salariés représente Nexem ?', kind: 'question', expected: [...KEY_FIGURES, r2020('AXESS, LA CONFÉDÉRATION STRUCTURANTE')], top: 3,
    why: '« plus de 360 000 salariés » (2024), « 330 000 salariés » (2020), « Axess représente… 330 000 d’associations adhérentes de Nexem »' },
  { query: 'Comment Nexem aide-t-elle les associations à recruter ?', kind: 'question', expected: RECRUITMENT_ANSWERS, top: 3,
    why: '« Copil FAR pour faciliter le recrutement »; 2020: « le secteur peine à recruter », the Livre Blanc’s proposals' },
  { query: 'Pourquoi Nexem attaque-t-elle l’État devant le tribunal ?', kind: 'question', expected: LITIGATION, top: 3,
    why: '« une démarche de recours gracieux et contentieux », « le tribunal administratif de Paris »' },
  { query: 'Quel est l’objectif de déficit public ?', kind: 'question', expected: r2024('la quadrature du cercle'), top: 3,
    why: '« 5,4 % du PIB : c’est l’objectif de déficit public dès 2025 »' },
  { query: 'Comment se passe le dialogue social au niveau européen ?', kind: 'question', expected: r2024('moteur du dialogue social européen'), top: 3,
    why: '« a continué de participer au dialogue social européen »' },
  { query: 'Qui a gagné le concours de pitch de la Mêlée ?', kind: 'question', expected: [r2024('Marie Pécot'), r2024('Pépitch'), r2024('micro-crèche')], top: 3,
    why: '« Félicitations à Marie Pécot… dont le pitch de sa micro-crèche en carton »' },
  { query: 'Que propose le Livre blanc sur l’attractivité ?', kind: 'question', expected: [r2020('UN LIVRE BLANC'), r2020('invitation à passer à l’action')], top: 3,
    why: '« Il formule neuf propositions pour l’attractivité des métiers »' },
  { query: 'Comment Nexem a-t-elle aidé ses adhérents pendant la crise du Covid ?', kind: 'question', expected: [r2020('NOTRE ACTION PENDANT LA CRISE'), r2020('Des relais d’information')], top: 3,
    why: '« les juristes et conseillers techniques de Nexem se sont mobilisés pour répondre… »' },
  { query: 'Quand l’assemblée générale s’est-elle tenue en visioconférence ?', kind: 'question', expected: r2020('en distanciel'), top: 3,
    why: '« L’Assemblée Générale de Nexem s’est déroulée "en distanciel" le 18 novembre 2020 »' },
  { query: 'Est-ce que les alternants comptent dans la négociation ?', kind: 'question', expected: r2024('CONTRATS EN ALTERNANCE'), top: 3,
    why: '« les personnes en alternance ou sous contrat aidé ne pouvaient être exclues de la négociation »' },

  // ---- Acronyms spelled out, and the reverse ----------------------------------------------------------
  { query: 'accès aux ressources transdisciplinaires', kind: 'spelled-out', expected: r2020('PROJET START'), top: 3,
    why: '« START (service territorial d’accès à des ressources transdisciplinaires » ' },
  { query: 'établissements et services d’aide par le travail', kind: 'spelled-out', expected: r2024('ESAT : vigilance'), top: 3,
    why: 'the report only writes ESAT: « le plan de transformation des ESAT »' },
  { query: 'services autonomie à domicile', kind: 'spelled-out', expected: r2024('réforme des SAD'), top: 1,
    why: '« La réforme des services autonomie à domicile (SAD) »' },
  { query: 'projet de loi de financement de la sécurité sociale 2024', kind: 'spelled-out', expected: r2024('PLF et PLFSS'), top: 3,
    why: '« Projet de loi de financement de la Sécurité sociale (PLFSS) »' },
  { query: 'Conservatoire national des arts et métiers', kind: 'spelled-out', expected: [r2020('PARTENARIAT NATIONAL AVEC LE CNAM'), r2024('accompagnement managérial à 360')], top: 3,
    why: '« un accord cadre national avec le Conservatoire National des Arts et Métiers (CNAM) »' },
  { query: 'centres d’hébergement et de réinsertion sociale', kind: 'spelled-out', expected: r2024('CHRS : défendre un modèle tarifaire'), top: 3,
    why: 'the report only writes CHRS: « La réforme de la tarification des CHRS »' },
  { query: 'établissements d’hébergement pour personnes âgées dépendantes', kind: 'spelled-out', expected: r2024('modèle économique des EHPAD'), top: 3,
    why: 'the report only writes EHPAD: « un nouveau modèle économique des EHPAD »' },
  { query: 'caisse nationale de solidarité pour l’autonomie', kind: 'spelled-out', expected: r2024('Caisse Nationale des Solidarités'), top: 3,
    why: '« L’actuelle CNSA deviendrait la CNS (Caisse Nationale des Solidarités) »' },
  { query: 'qualité de vie et des conditions de travail', kind: 'spelled-out', expected: [r2024('Organisme Paritaire de Prévention'), r2024('Attractiv’QVCT')], top: 3,
    why: '« SQVCT (santé, qualité de vie au travail et conditions de travail) », « Attractiv’QVCT »' },

  // ---- Everyday words for the sector's institutions, budgets and publics ----------------------------------
  { query: 'maisons de retraite', kind: 'synonym', expected: r2024('modèle économique des EHPAD'), top: 3,
    why: 'an EHPAD is what people call a maison de retraite; « l’urgence d’un nouveau modèle économique des EHPAD »' },
  { query: 'budget de la Sécu', kind: 'synonym', expected: [r2024('PLF et PLFSS'), r2020('loi de financement de la Sécurité sociale')], top: 3,
    why: 'the Sécu’s budget is the PLFSS' },
  { query: 'aide à domicile des personnes âgées', kind: 'synonym', expected: r2024('réforme des SAD'), top: 3,
    why: '« services autonomie à domicile (SAD)… fusionnant les SAAD, SPASAD et SSIAD »' },
  { query: 'travailleurs handicapés', kind: 'synonym', expected: r2024('ESAT : vigilance'), top: 3,
    why: '« renforcer les droits des travailleurs en situation de handicap »' },
  { query: 'hausse des salaires', kind: 'synonym', expected: [r2024('CCUE et revalorisations salariales'), r2024('Ségur pour tous : une victoire')], top: 3,
    why: 'a pay rise is a « revalorisation salariale »: « répondre à l’urgence des bas salaires »' },
  { query: 'pénurie de personnel', kind: 'synonym', expected: RECRUITMENT, top: 3,
    why: '« la situation devient critique », « le taux de vacance atteint 7 % »' },
  { query: 'procès contre l’État', kind: 'synonym', expected: LITIGATION, top: 3,
    why: 'a lawsuit is a « recours contentieux »' },
  { query: 'Pôle emploi', kind: 'synonym', expected: [r2024('France Travail'), r2024('Immersion des conseillers France Travail')], top: 3,
    why: 'Pôle emploi was renamed France Travail in 2024' },
  { query: 'enfants placés', kind: 'synonym', expected: [r2024('la protection de l’enfance aux avant-postes'), r2020('COLLABORATION AVEC LA CNAPE')], top: 3,
    why: 'placed children are « la protection de l’enfance »' },

  // ---- Related word forms ------------------------------------------------------------------------------
  { query: 'numérisation du secteur', kind: 'word-form', expected: DIGITAL, top: 3,
    why: 'the report says « transformation numérique du secteur »' },
  { query: 'Mayotte solidarité', kind: 'word-form', expected: r2024('en soutien des Mahorais'), top: 3,
    why: '« LE HAUT DEGRÉ DE SOLIDARITÉ EN SOUTIEN DES MAHORAIS »; Mayotte and Mahorais are one place' },
  { query: 'financer les territoires', kind: 'word-form', expected: r2024('Privilégier un acteur unique au niveau territorial'), top: 3,
    why: '« Privilégier un acteur unique au niveau territorial » about « un financement inadéquat »' },
  { query: 'Europe sociale employeurs', kind: 'word-form', expected: r2024('moteur du dialogue social européen'), top: 3,
    why: '« la Fédération européenne des employeurs sociaux »' },
];
