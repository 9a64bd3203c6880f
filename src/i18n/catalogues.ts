/** Both catalogues at once, for tests that compare them (the app loads English on demand). */
import { da } from './danish';
import { en } from './english';

export const resources = { da: { translation: da }, en: { translation: en } } as const;
