import { describe, expect, it } from 'vitest';
import type { Pack, PackItem } from '../../../contract/packs';
import { cardNumbers, dropPlace, stepItem, stepSection } from '../../../renderer/packs/packOrder';

const point = (id: string): PackItem => ({ kind: 'point', id, text: id });
const card = (id: string): PackItem => ({ kind: 'quote', id }) as unknown as PackItem;
const pack = (sections: [string, PackItem[]][]): Pack => ({
  id: 'p', title: 'Pack', occasion: '', date: null, createdAt: '', updatedAt: '', updatedBy: '',
  sections: sections.map(([id, items]) => ({ id, title: id, items })),
});

describe('a pack keyboard reorder', () => {
  const p = pack([['s1', [point('a'), point('b')]], ['s2', []], ['s3', [point('c')]]]);

  it('steps an item within its section, then across into the next section, empty ones included', () => {
    expect(stepItem(p, 'a', 1)).toEqual({ sectionId: 's1', index: 1 });
    expect(stepItem(p, 'b', 1)).toEqual({ sectionId: 's2', index: 0 });
    expect(stepItem(p, 'c', -1)).toEqual({ sectionId: 's2', index: 0 });
    expect(stepItem(pack([['s1', [point('a')]], ['s2', [point('x'), point('y')]]]), 'x', -1)).toEqual({ sectionId: 's1', index: 1 });
  });

  it('stops at the top of the first section and the bottom of the last', () => {
    expect(stepItem(p, 'a', -1)).toBeNull();
    expect(stepItem(p, 'c', 1)).toBeNull();
    expect(stepSection(p, 's1', -1)).toBeNull();
    expect(stepSection(p, 's3', 1)).toBeNull();
    expect(stepSection(p, 's2', 1)).toBe(2);
  });
});

describe('a pack mouse drop', () => {
  const p = pack([['s1', [point('a'), point('b'), point('c')]], ['s2', [point('d')]]]);
  it('puts the dragged item in the place of the item it is dropped on, from above or below', () => {
    expect(dropPlace(p, 'a', 's1', 'c')).toEqual({ sectionId: 's1', index: 2 });
    expect(dropPlace(p, 'c', 's1', 'a')).toEqual({ sectionId: 's1', index: 0 });
    expect(dropPlace(p, 'd', 's1', 'b')).toEqual({ sectionId: 's1', index: 1 });
  });
  it('puts it last when dropped on a section’s end, and does nothing when dropped on itself', () => {
    expect(dropPlace(p, 'a', 's2', null)).toEqual({ sectionId: 's2', index: 1 });
    expect(dropPlace(p, 'a', 's1', null)).toEqual({ sectionId: 's1', index: 2 });
    expect(dropPlace(p, 'a', 's1', 'a')).toBeNull();
  });
});

describe('card numbers', () => {
  it('count quote cards across the pack in order, skipping points and questions', () => {
    const numbers = cardNumbers(pack([['s1', [card('x'), point('a')]], ['s2', [card('y')]]]));
    expect([...numbers]).toEqual([['x', 1], ['y', 2]]);
  });
});
