// Writes the small PDF fixtures used by tests/ingest: `npx tsx scripts/make-pdf-fixtures.ts`.
// Deterministic (fixed CreationDate, no random ids) so regenerating them leaves git clean.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { readCommandLine } from './lib/command-line';

const PDF_DIR = fileURLToPath(new URL('../tests/fixtures/pdf/', import.meta.url));
const BAD_DIR = fileURLToPath(new URL('../tests/fixtures/bad/', import.meta.url));
const CREATED = new Date(Date.UTC(2022, 5, 30, 12, 0, 0));
const RUNNING_HEADER = 'Nexem — Rapport d’activité 2022';

interface FixturePage {
  heading: string;
  paragraphs: string[];
}

const PAGES: FixturePage[] = [
  {
    heading: 'Éditorial',
    paragraphs: [
      'L’année 2022 a été marquée par la poursuite de la crise des métiers. Les associations adhérentes ont tenu bon, malgré des difficultés de recrutement inédites dans les établissements médico-sociaux.',
      'Nous remercions les équipes, bénévoles et salariés, pour leur engagement quotidien auprès des personnes accompagnées, en particulier des personnes âgées et des enfants protégés.',
      'Ce rapport retrace nos actions : négociations, plaidoyer, accompagnement des adhérents et transformation de l’offre.',
    ],
  },
  {
    heading: 'Négociations salariales',
    paragraphs: [
      'La revalorisation des rémunérations est restée notre priorité. Après le Ségur, les négociations de branche ont permis d’étendre la prime aux oubliés du secteur social.',
      'Trois accords ont été signés avec les organisations syndicales ; ils concernent la prévoyance, la qualité de vie au travail et l’égalité professionnelle entre femmes et hommes.',
      'Le chantier de la convention collective unique étendue se poursuit à un rythme soutenu, avec douze réunions paritaires.',
    ],
  },
  {
    heading: 'Transformation numérique',
    paragraphs: [
      'Le programme ESMS numérique a financé l’équipement de cent quarante établissements. Le dossier usager informatisé devient la règle, y compris dans les foyers d’hébergement.',
      'Un guide pratique sur la cybersécurité a été diffusé ; il rappelle les gestes simples qui protègent les données des personnes accompagnées.',
      'Enfin, la plateforme de formation à distance a accueilli plus de deux mille apprenants.',
    ],
  },
];

function render(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, size: 'A4', margin: 56, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

const info = { Title: 'Rapport d’activité 2022', Author: 'Nexem', CreationDate: CREATED, ModDate: CREATED };

function drawReport(doc: PDFKit.PDFDocument): void {
  PAGES.forEach((page, index) => {
    doc.addPage();
    doc.font('Helvetica').fontSize(8).text(RUNNING_HEADER, 56, 30, { lineBreak: false });
    doc.font('Helvetica-Bold').fontSize(18).text(page.heading, 56, 70);
    // Two real columns, laid out by hand so no text is ever cut by a column height.
    const split = Math.ceil(page.paragraphs.length / 2);
    doc.font('Helvetica').fontSize(10);
    doc.text(page.paragraphs.slice(0, split).join('\n\n'), 56, 110, { width: 230 });
    doc.text(page.paragraphs.slice(split).join('\n\n'), 310, 110, { width: 230 });
    doc.fontSize(8).text(String(index + 1), 56, 800, { lineBreak: false });
  });
}

function drawScan(doc: PDFKit.PDFDocument): void {
  for (let page = 0; page < 2; page++) {
    doc.addPage();
    // Only shapes: what a scanned page without a text layer looks like to a text extractor.
    for (let row = 0; row < 30; row++) doc.rect(56, 70 + row * 22, 300 + ((row * 37) % 180), 9).fill('#333');
  }
}

async function main(): Promise<void> {
  await mkdir(PDF_DIR, { recursive: true });
  await mkdir(BAD_DIR, { recursive: true });
  const report = await render({ info }, drawReport);
  const encrypted = await render({ info, userPassword: 'secret', ownerPassword: 'secret' }, drawReport);
  const scan = await render({ info: { Title: 'Scan', CreationDate: CREATED, ModDate: CREATED } }, drawScan);
  const files: [string, Buffer | string][] = [
    [`${PDF_DIR}rapport-activite-2022.pdf`, report],
    [`${PDF_DIR}chiffre.pdf`, encrypted],
    [`${PDF_DIR}scan-sans-texte.pdf`, scan],
    [`${PDF_DIR}tronque.pdf`, report.subarray(0, Math.floor(report.length / 2))],
    [`${BAD_DIR}vide.pdf`, Buffer.alloc(0)],
    [`${BAD_DIR}pas-un-pdf.pdf`, 'Ceci est un simple fichier texte renommé en .pdf.\n'],
    [`${BAD_DIR}latin1.txt`, Buffer.from('Rapport annuel\n\nLes négociations salariales ont abouti à un accord en décembre.\n', 'latin1')],
  ];
  for (const [path, bytes] of files) await writeFile(path, bytes);
  console.log(files.map(([path, bytes]) => `${path.replace(/.*tests\//, 'tests/')} (${bytes.length} octets)`).join('\n'));
}

readCommandLine(`Usage : tsx scripts/make-pdf-fixtures.ts

Régénère les fichiers de test avec pdfkit : dans tests/fixtures/pdf/ un rapport de plusieurs pages
(en-têtes courants, deux colonnes, métadonnées), sa version chiffrée, tronquée et un scan sans texte ;
dans tests/fixtures/bad/ un fichier vide, un texte renommé en .pdf et un texte en Latin-1.
  --help  affiche cette aide`, {});
await main();
