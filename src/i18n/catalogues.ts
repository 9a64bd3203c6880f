/** Both complete catalogues at once, for tests that compare them (the app loads them in parts). */
import { da } from './danish';
import { daFeatures } from './danish-features';
import { en } from './english';
import { mergeCatalogue } from './merge';

export const resources = {
  da: { translation: mergeCatalogue(da, { features: daFeatures }) },
  en: { translation: en },
} as const;
