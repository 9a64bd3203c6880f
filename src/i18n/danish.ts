/** The shared Danish catalogue: part of the first download (the shell, banners, errors). */
import core from './da.json';
import type { Catalogue } from './merge';

export const da = core as Catalogue;
