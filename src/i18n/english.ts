/** The English catalogue: its own chunk, loaded (and precached) for those who choose English. */
import core from './en.json';
import { mergeCatalogue, type Catalogue } from './merge';

const parts = import.meta.glob<Catalogue>('./en/*.json', { eager: true, import: 'default' });

export const en = mergeCatalogue(core, parts);
