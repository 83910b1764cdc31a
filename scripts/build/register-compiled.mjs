// `node --import ./scripts/build/register-compiled.mjs dist/scripts/start.js`: see resolve-extensionless.mjs.
import { register } from 'node:module';

register('./resolve-extensionless.mjs', import.meta.url);
