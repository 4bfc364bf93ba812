import { describe, expect, it } from 'vitest';
import { outlineDepths, outlineLabel } from '../../../renderer/reader/outlineMarker';

describe('the outline marker of a heading', () => {
  it('shows half-width (四) as full-width （四）, like its siblings', () => {
    expect(outlineLabel('(四)加强职业健康保护。', 'zh')).toEqual({ marker: '（四）', title: '加强职业健康保护。' });
    expect(outlineLabel('（三）促进老年人健康。', 'zh')).toEqual({ marker: '（三）', title: '促进老年人健康。' });
  });

  it('keeps 一、 markers and leaves unnumbered headings whole', () => {
    expect(outlineLabel('五、全周期保障人群健康', 'zh')).toEqual({ marker: '五、', title: '全周期保障人群健康' });
    expect(outlineLabel('主要发展指标', 'zh')).toEqual({ marker: null, title: '主要发展指标' });
  });

  it('writes "Five," as "5." among numbered English siblings', () => {
    expect(outlineLabel('Five, the whole cycle to protect', 'en')).toEqual({ marker: '5.', title: 'The whole cycle to protect' });
    expect(outlineLabel('6. Improve the quality', 'en')).toEqual({ marker: '6.', title: 'Improve the quality' });
    expect(outlineLabel('(4) Strengthen occupational health', 'en')).toEqual({ marker: '(4)', title: 'Strengthen occupational health' });
  });
});

describe('outline depths', () => {
  it('start from the shallowest heading level of the document', () => {
    expect(outlineDepths([2, 2])).toEqual([1, 1]);
    expect(outlineDepths([1, 2, 2, 1])).toEqual([1, 2, 2, 1]);
    expect(outlineDepths([])).toEqual([]);
  });
});
