// Module resolve hook for the compiled build (dist/). The sources import `./archive`, not
// `./archive.js` (bundler resolution, shared by tsc, tsx and vitest), and tsc emits specifiers as
// written; Node's ESM loader does not complete them, so this hook does, for relative imports made
// from dist/ only. Plain JavaScript: it must run before anything is compiled.
const HAS_EXTENSION = /\.(m|c)?js$|\.json$/;

export async function resolve(specifier, context, nextResolve) {
  const relativeFromDist = (specifier.startsWith('./') || specifier.startsWith('../')) && context.parentURL?.includes('/dist/');
  if (!relativeFromDist || HAS_EXTENSION.test(specifier)) return nextResolve(specifier, context);
  for (const suffix of ['.js', '/index.js']) {
    try {
      return await nextResolve(specifier + suffix, context);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
  }
  return nextResolve(specifier, context);
}
