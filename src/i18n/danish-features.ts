/**
 * The features' Danish texts (`da/<feature>.json`): their own chunk, loaded alongside the first
 * screen (every screen is itself a lazy chunk), and precached for offline use.
 */
import { mergeCatalogue, type Catalogue } from './merge';

const parts = import.meta.glob<Catalogue>('./da/*.json', { eager: true, import: 'default' });

export const daFeatures = mergeCatalogue({}, parts);
