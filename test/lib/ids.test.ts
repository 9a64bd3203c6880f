import { isUuid, newId, newNodeId } from '@/lib/ids';

describe('newId', () => {
  it('makes version-7 UUIDs', () => {
    const id = newId();
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
  });

  it('never repeats and sorts in creation order', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('isUuid', () => {
  it('refuses what is not a UUID', () => {
    expect(isUuid('me')).toBe(false);
    expect(isUuid('0192F0C4-7D3E-7C1A-9D4B-5F3E8A2B1C0D')).toBe(false);
    expect(isUuid('0192f0c4-7d3e-7c1a-9d4b-5f3e8a2b1c0')).toBe(false);
  });
});

describe('newNodeId', () => {
  it('is 16 hex digits', () => {
    expect(newNodeId()).toMatch(/^[0-9a-f]{16}$/);
  });
});
