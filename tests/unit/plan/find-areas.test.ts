import { describe, expect, it } from 'vitest';
import { findAreas } from '../../../lib/plan/find-areas';
import { planLines } from '../../../lib/plan/plan-lines';

const texts = (plan: string) => findAreas(planLines(plan)).map((a) => a.text);

describe('findAreas', () => {
  it('reads numbered items under a roman heading and stops at the next roman heading', () => {
    const plan = 'II. NỘI DUNG TUYÊN TRUYỀN:\nMở đầu như sau:\n1. Một cửa\nliên thông.\n2. Chỉ số PAR INDEX.\nIII. HÌNH THỨC\n1. Không phải';
    expect(texts(plan)).toEqual(['Một cửa liên thông.', 'Chỉ số PAR INDEX.']);
  });

  it('reads dash items under an arabic heading and stops at the next arabic heading', () => {
    const plan = 'II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN\n1. Nội dung tuyên truyền:\n- A.\n- B.\n2. Hình thức tuyên truyền:\n- C.';
    expect(texts(plan)).toEqual(['A.', 'B.']);
  });

  it('replaces an item by its lettered children and folds + items into their parent', () => {
    const plan = 'II. NỘI DUNG TUYÊN TRUYỀN\n1. Chung.\n2. Kết quả:\na) Một cửa.\nđ) Hiện đại hóa.\n3. Điển hình:\n+ mô hình\nIII. X';
    expect(texts(plan)).toEqual(['Chung.', 'Một cửa.', 'Hiện đại hóa.', 'Điển hình: mô hình']);
  });

  it('normalises decomposed text to NFC', () => {
    const plan = 'II. NỘI DUNG TUYÊN TRUYỀN\n1. Cải cách thủ tục hành chính.\nIII. X'.normalize('NFD');
    expect(texts(plan)).toEqual(['Cải cách thủ tục hành chính.']);
  });

  it('falls back to an appendix table when no section lists the areas', () => {
    const plan = 'PHỤ LỤC\nSTT\tNỘI DUNG TUYÊN TRUYỀN\tCHỦ TRÌ\n1\tChuyên mục Cải cách hành chính.\tVăn phòng\n2\tDịch vụ công trực tuyến.\tTrung tâm';
    expect(texts(plan)).toEqual(['Chuyên mục Cải cách hành chính.', 'Dịch vụ công trực tuyến.']);
  });

  it('gives each area a short title', () => {
    const [area] = findAreas(planLines('II. NỘI DUNG TUYÊN TRUYỀN\n1. Tuyên truyền tính tiện ích như: Dịch vụ công mức độ 3, 4.\nIII. X'));
    expect(area?.title).toBe('Tuyên truyền tính tiện ích');
  });
});
