/** A translation catalogue: nested keys to texts. */
export type Catalogue = { [key: string]: string | Catalogue };

/**
 * The shared catalogue with each feature's file merged over it. Each feature keeps its texts in its
 * own file (`da/<feature>.json`, `en/<feature>.json`) under its own top-level key.
 */
export function mergeCatalogue(core: Catalogue, parts: Record<string, Catalogue>): Catalogue {
  const result: Catalogue = { ...core };
  for (const part of Object.values(parts)) {
    for (const [key, value] of Object.entries(part)) {
      const existing = result[key];
      result[key] =
        typeof existing === 'object' && typeof value === 'object'
          ? mergeCatalogue(existing, { part: value })
          : value;
    }
  }
  return result;
}
