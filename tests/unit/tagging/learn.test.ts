import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_AREAS } from '../../../lib/plan/builtin-template';
import { evaluateTagging } from '../../../lib/tagging/evaluate';
import { itemToExample, readLabelledItems, type LabelledItem } from '../../../lib/tagging/labelled-set';
import { emptyModel, learnAll, learnFrom } from '../../../lib/tagging/learn';
import { readLearnedModel } from '../../../lib/tagging/read-learned-model';
import { CONFIDENT_SCORE, suggestAreas } from '../../../lib/tagging/suggest';
import type { LabelledExample } from '../../../lib/tagging/types';

// An article about a model of good practice that day one reads as one-stop-shop news (it says "một cửa" a lot).
const article: LabelledExample = {
  title: 'Phường Tân An: công chức một cửa hướng dẫn tận nhà cho người cao tuổi',
  lead: 'Bộ phận một cửa phường cử công chức đến tận nhà hướng dẫn người cao tuổi làm hồ sơ thủ tục hành chính.',
  body: 'Cách làm này được nhân dân đồng tình. Bộ phận một cửa tiếp nhận hồ sơ, trả kết quả tại nhà cho 120 người cao tuổi trong năm.',
  areas: ['dien-hinh'],
};

describe('learning', () => {
  it('starts empty and changes nothing', () => {
    expect(suggestAreas(BUILTIN_AREAS, article, emptyModel())).toEqual(suggestAreas(BUILTIN_AREAS, article));
  });

  it('moves a corrected article to the right area', () => {
    expect(suggestAreas(BUILTIN_AREAS, article)[0]?.area).not.toBe('dien-hinh');
    let model = emptyModel();
    model = learnFrom(model, article);
    model = learnFrom(model, { ...article, title: `${article.title} (tiếp theo)` });
    expect(suggestAreas(BUILTIN_AREAS, article, model)[0]?.area).toBe('dien-hinh');
  });

  it('leaves the model it learned from as it was', () => {
    const before = emptyModel();
    const after = learnFrom(before, article);
    expect(before).toEqual(emptyModel());
    expect(after.docs).toBe(1);
    expect(after.areas['dien-hinh']?.docs).toBe(1);
  });

  it('learns "not reform" from examples labelled with no area', () => {
    const unrelated: LabelledExample = {
      title: 'Hội nghị triển khai kế hoạch phòng chống dịch bệnh trên cây lúa',
      lead: 'Sở Nông nghiệp tổ chức hội nghị triển khai kế hoạch phòng chống rầy nâu, đạo ôn trên lúa vụ đông xuân.',
      body: 'Ngân sách tỉnh hỗ trợ thuốc bảo vệ thực vật. Các huyện kiểm tra đồng ruộng, hướng dẫn nông dân phun thuốc đúng cách.',
      areas: [],
    };
    const model = learnAll([unrelated, unrelated]);
    expect(model.none.docs).toBe(2);
    // Two "not reform" examples and no area: reform news keeps its confident suggestion.
    expect(suggestAreas(BUILTIN_AREAS, article, model)[0]?.score).toBeGreaterThanOrEqual(CONFIDENT_SCORE);
    expect(suggestAreas(BUILTIN_AREAS, unrelated, model).every((s) => s.score < CONFIDENT_SCORE)).toBe(true);
  });

  it('is plain JSON that the door check reads back', () => {
    const model = learnAll([article, { ...article, areas: ['tthc', 'dien-hinh'] }]);
    const copy = readLearnedModel(JSON.parse(JSON.stringify(model)));
    expect(copy).toEqual(model);
    expect(suggestAreas(BUILTIN_AREAS, article, copy)).toEqual(suggestAreas(BUILTIN_AREAS, article, model));
  });

  it('rejects a damaged model with a Vietnamese message', () => {
    expect(() => readLearnedModel({ version: 2 })).toThrow(/phiên bản/);
    expect(() => readLearnedModel({ version: 1, docs: 1, areas: { a: { docs: 1, terms: { x: 'y' } } }, none: { docs: 0, terms: {} } })).toThrow(/không phải số/);
  });

  const labelled = readLabelledItems(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'tagging--labelled', 'items.json'), 'utf8')));
  const idNumber = (item: LabelledItem) => Number(item.id.replace(/\D/g, ''));

  it('ranks the right area first more often after learning, each half of the labelled set from the other', () => {
    let before = 0;
    let after = 0;
    for (const half of [0, 1]) {
      const teach = labelled.filter((item) => idNumber(item) % 2 !== half).map(itemToExample);
      const check = labelled.filter((item) => idNumber(item) % 2 === half).map(itemToExample);
      before += evaluateTagging(BUILTIN_AREAS, check).top1;
      const learned = evaluateTagging(BUILTIN_AREAS, check, learnAll(teach));
      after += learned.top1;
      expect(learned.unrelatedQuiet).toBe(learned.unrelated);
    }
    expect(after).toBeGreaterThan(before);
  });

  it('does not pull other areas\' articles to the first areas an editor confirms', () => {
    const reform = labelled.filter((item) => item.area !== null);
    const firstOf = (code: string) => reform.find((item) => item.area === code) as LabelledItem;
    const teach = [firstOf('tthc'), firstOf('chi-so'), firstOf('bo-may')];
    const unseen = reform.filter((item) => !teach.includes(item)).map(itemToExample);
    const before = evaluateTagging(BUILTIN_AREAS, unseen);
    const after = evaluateTagging(BUILTIN_AREAS, unseen, learnAll(teach.map(itemToExample)));
    expect(after.top1).toBeGreaterThanOrEqual(Math.floor(before.top1 * 0.9));
  });

  it('does not silence reform news because "not reform" examples outnumber each area\'s', () => {
    // One example for each of three areas, and all twenty unrelated texts: the unrelated class is far larger, so
    // its centroid looks more like any article than one area's single example does.
    const reform = labelled.filter((item) => item.area !== null);
    const firstOf = (code: string) => reform.find((item) => item.area === code) as LabelledItem;
    const teach = [firstOf('tthc'), firstOf('chi-so'), firstOf('bo-may'), ...labelled.filter((item) => item.area === null)];
    const model = learnAll(teach.map(itemToExample));
    const unseen = reform.filter((item) => !teach.includes(item)).map(itemToExample);
    const before = evaluateTagging(BUILTIN_AREAS, unseen);
    const after = evaluateTagging(BUILTIN_AREAS, unseen, model);
    // Confident right answers may move by an article or two, not collapse.
    expect(after.confidentRight).toBeGreaterThanOrEqual(before.confidentRight - 2);
  });
});
