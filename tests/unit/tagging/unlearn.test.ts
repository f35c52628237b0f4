import { describe, expect, it } from 'vitest';
import { BUILTIN_AREAS } from '../../../lib/plan/builtin-template';
import { emptyModel, learnFrom, unlearnFrom } from '../../../lib/tagging/learn';
import { suggestAreas } from '../../../lib/tagging/suggest';
import type { LabelledExample } from '../../../lib/tagging/types';

const article: LabelledExample = {
  title: 'Phường Tân An: công chức một cửa hướng dẫn tận nhà cho người cao tuổi',
  lead: 'Bộ phận một cửa phường cử công chức đến tận nhà hướng dẫn người cao tuổi làm hồ sơ thủ tục hành chính.',
  body: 'Cách làm này được nhân dân đồng tình. Bộ phận một cửa tiếp nhận hồ sơ, trả kết quả tại nhà cho 120 người cao tuổi.',
  areas: ['tthc'],
};
const other: LabelledExample = {
  title: 'Sở Nội vụ thi tuyển công chức năm 2024',
  lead: 'Kỳ thi tuyển công chức diễn ra trên máy vi tính tại Trường Chính trị tỉnh.',
  body: 'Có 312 thí sinh dự thi vào 58 chỉ tiêu.',
  areas: ['cong-vu'],
};

describe('unlearning (an editor corrects a tag)', () => {
  it('takes a lesson back to the model it was before', () => {
    const base = learnFrom(emptyModel(), other);
    const taught = learnFrom(base, article);
    const back = unlearnFrom(taught, article);
    expect(back.docs).toBe(1);
    expect(back.areas.tthc).toBeUndefined();
    expect(Object.keys(back.areas)).toEqual(['cong-vu']);
    // Suggestions after taking back equal those before teaching.
    const score = (m: typeof base) => suggestAreas(BUILTIN_AREAS, article, m).map((s) => [s.area, s.score.toFixed(6)]);
    expect(score(back)).toEqual(score(base));
  });

  it('replaces a wrong lesson: tthc then corrected to dien-hinh counts one item, for dien-hinh', () => {
    let model = learnFrom(emptyModel(), article);
    model = unlearnFrom(model, article);
    model = learnFrom(model, { ...article, areas: ['dien-hinh'] });
    expect(model.docs).toBe(1);
    expect(model.areas.tthc).toBeUndefined();
    expect(model.areas['dien-hinh']?.docs).toBe(1);
  });

  it('never goes below zero when the text changed since it was learned', () => {
    const model = learnFrom(emptyModel(), article);
    const back = unlearnFrom(model, { ...article, body: `${article.body} Người dân rất hài lòng với cách làm mới.` });
    expect(back.docs).toBe(0);
    expect(back.areas.tthc).toBeUndefined();
    const again = unlearnFrom(back, article);
    expect(again.docs).toBe(0);
    expect(Object.values(again.none.terms).every((v) => v >= 0)).toBe(true);
  });

  it('leaves the model it was given as it was', () => {
    const model = learnFrom(emptyModel(), article);
    const copy = structuredClone(model);
    unlearnFrom(model, article);
    expect(model).toEqual(copy);
  });
});
