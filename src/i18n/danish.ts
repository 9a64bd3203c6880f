/** The Danish catalogue: part of the first download (Danish is the app's language). */
import core from './da.json';
import { mergeCatalogue, type Catalogue } from './merge';

const parts = import.meta.glob<Catalogue>('./da/*.json', { eager: true, import: 'default' });

export const da = mergeCatalogue(core, parts);
