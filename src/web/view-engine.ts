import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { viewHelpers } from './view-helpers';

export interface ViewEngine {
  /** Renders `views/pages/<page>.hbs` inside `views/layout.hbs`. */
  render(page: string, context: PageContext): string;
}

/** What every page gives the layout. */
export interface PageContext {
  /** Shown in <title> before the site name. */
  title: string;
  [key: string]: unknown;
}

/**
 * Compiles the layout, partials and pages once, at start: templates are part of the build,
 * so a missing or broken one must stop the server before it takes traffic.
 */
export function loadViews(viewsDir: string, options: { assetUrl?: (path: string) => string } = {}): ViewEngine {
  const hbs = Handlebars.create();
  hbs.registerHelper(viewHelpers);
  // `{{asset '/static/style.css'}}`: the asset's fingerprinted URL (static-assets.ts), cacheable for a year.
  const assetUrl = options.assetUrl ?? ((path: string) => path);
  hbs.registerHelper('asset', (path: unknown) => assetUrl(String(path)));
  const compile = (file: string) => hbs.compile(readFileSync(file, 'utf8'), { strict: false });

  for (const file of hbsFiles(join(viewsDir, 'partials'))) {
    hbs.registerPartial(basename(file, '.hbs'), readFileSync(file, 'utf8'));
  }
  const layout = compile(join(viewsDir, 'layout.hbs'));
  const pages = new Map<string, HandlebarsTemplateDelegate>();
  for (const file of hbsFiles(join(viewsDir, 'pages'))) {
    pages.set(basename(file, '.hbs'), compile(file));
  }

  return {
    render(page, context) {
      const template = pages.get(page);
      if (!template) throw new Error(`Unknown view page: ${page}`);
      return layout({ ...context, body: template(context) });
    },
  };
}

function hbsFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.hbs'))
    .sort()
    .map((name) => join(dir, name));
}
