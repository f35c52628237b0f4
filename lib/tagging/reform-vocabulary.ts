import type { WeightedRun } from './field-runs';

/**
 * The vocabulary of administrative reform whatever the plan (the programme of Nghị quyết 76/NQ-CP and the 2011–2020
 * programme before it), folded. It answers "is this article about reform at all?", which a plan's own areas cannot:
 * words such as "hội nghị", "kế hoạch" or "ngân sách" are in plans but also in every other kind of official news.
 * Strong phrases are rarely used outside reform news; weak ones often are and count half.
 */
const STRONG = [
  'cai cach hanh chinh', 'cchc', 'thu tuc hanh chinh', 'tthc', 'hanh chinh cong', 'dich vu cong', 'mot cua',
  'mot cua lien thong', 'cong vu', 'cong chuc', 'vien chuc', 'bien che', 'tinh gian', 'tinh gon', 'bo may',
  'vi tri viec lam', 'chuyen doi so', 'so hoa', 'chinh quyen so', 'chinh quyen dien tu', 'chinh phu so',
  'chinh phu dien tu', 'dinh danh dien tu', 'vneid', 'the che', 'quy pham phap luat', 'thi hanh phap luat',
  'tu chu', 'su nghiep cong lap', 'chi thuong xuyen', 'par index', 'sipas', 'papi', 'chi so hai long',
  'su hai long', 'sang kien', 'cach lam hay', 'dien hinh tien tien', 'tuyen dung',
  'ky luat', 'ky cuong', 'dao duc cong vu', 'van hoa cong so', 'tien luong', 'hien dai hoa hanh chinh',
  'don gian hoa', 'cat giam', 'iso',
];
const WEAK = [
  'cai cach', 'hanh chinh', 'sap xep', 'sap nhap', 'hop nhat', 'kien toan', 'phap luat', 'van ban', 'ngan sach',
  'tiet kiem', 'lang phi', 'chi so', 'phan anh', 'kien nghi', 'mo hinh', 'dao tao', 'danh gia', 'kiem tra', 'tuyen truyen', 'nguoi dan',
  'doanh nghiep', 'dien tu', 'ho so', 'truc tuyen', 'boi duong',
];

const TIERS = new Map<string, number>([...WEAK.map((p): [string, number] => [p, 0.5]), ...STRONG.map((p): [string, number] => [p, 1])]);
const LONGEST = Math.max(...[...TIERS.keys()].map((p) => p.split(' ').length));

/**
 * How much reform vocabulary an article uses: Σ over distinct phrases of tier (1 strong, 0.5 weak) × heaviest field
 * weight it occurs in. A phrase inside a longer one found at the same place counts too ("thủ tục hành chính"
 * brings "hành chính").
 */
export function reformEvidence(runs: readonly WeightedRun[]): number {
  const best = new Map<string, number>();
  for (const run of runs) {
    const { folded } = run;
    for (let start = 0; start < folded.length; start++) {
      let phrase = '';
      for (let n = 1; n <= LONGEST && start + n <= folded.length; n++) {
        phrase = n === 1 ? (folded[start] as string) : `${phrase} ${folded[start + n - 1] as string}`;
        const tier = TIERS.get(phrase);
        if (tier !== undefined) best.set(phrase, Math.max(best.get(phrase) ?? 0, tier * run.weight));
      }
    }
  }
  let sum = 0;
  for (const value of best.values()) sum += value;
  return sum;
}
