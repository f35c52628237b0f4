import type { Page } from '@playwright/test';
import { clipRecordFrom } from '../../lib/db/clip-record';
import type { Clip, ClipBody, ClipTerms } from '../../lib/db/types';
import { CLIP_STATUSES } from '../../lib/db/types';
import type { Extraction } from '../../lib/extract/types';

const SUBJECTS = ['Cải cách hành chính', 'Thủ tục hành chính', 'Bộ phận Một cửa', 'Dịch vụ công trực tuyến', 'Chuyển đổi số', 'Chỉ số PAR INDEX', 'Hoà giải ở cơ sở', 'Chính quyền số', 'Công vụ, công chức', 'Tài chính công'];
const PLACES = ['Sóc Trăng', 'Tiền Giang', 'Cần Thơ', 'Bến Tre', 'Quảng Ninh', 'Thừa Thiên Huế', 'Đồng Nai', 'Quảng Bình', 'Yên Bái', 'Bắc Giang'];
const VERBS = ['đẩy mạnh', 'nâng cao chất lượng', 'triển khai', 'tổng kết', 'kiểm tra', 'tuyên truyền', 'đánh giá', 'rà soát'];
const SITES = ['sonoivu.soctrang.gov.vn', 'www.tiengiang.gov.vn', 'baochinhphu.vn', 'www.bentre.gov.vn', 'www.quangninh.gov.vn'];
const SENTENCES = [
  'Thực hiện Kế hoạch cải cách hành chính năm nay, UBND huyện đã kiện toàn nhân sự và nâng cấp trang thiết bị.',
  'Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%, mức độ hài lòng của người dân được nâng lên rõ rệt.',
  'Các cơ quan tiếp tục rà soát, đơn giản hóa thủ tục hành chính, công khai quy trình tại Bộ phận Một cửa.',
  'Người dân được hướng dẫn nộp hồ sơ trực tuyến, thanh toán phí qua Cổng dịch vụ công quốc gia.',
  'Hội nghị đánh giá kết quả Chỉ số SIPAS và PAR INDEX, đề ra giải pháp khắc phục hạn chế.',
  'Công tác tuyên truyền được đổi mới, chú trọng mạng xã hội và cuộc thi tìm hiểu về cải cách hành chính.',
];

/** A synthetic but realistic queue item number i (Vietnamese titles, dates spread over two years). */
export function syntheticExtraction(i: number): Extraction {
  const subject = SUBJECTS[i % SUBJECTS.length]!;
  const place = PLACES[(i * 7) % PLACES.length]!;
  const verb = VERBS[(i * 3) % VERBS.length]!;
  const site = SITES[i % SITES.length]!;
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86400_000).toISOString().slice(0, 10);
  const paragraphs = Array.from({ length: 8 }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]!);
  return {
    url: `http://${site}/tin-tuc/${i}-${verb.replace(/\s/g, '-')}.html`,
    canonicalUrl: null,
    title: `${place} ${verb} ${subject.toLowerCase()} (tin số ${i})`,
    lead: `${place} tiếp tục ${verb} ${subject.toLowerCase()}, phục vụ người dân và doanh nghiệp tốt hơn.`,
    author: 'Phương An',
    source: null,
    published: `${day}T08:30:00+07:00`,
    updated: null,
    siteName: null,
    language: 'vi',
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    markdown: paragraphs.join('\n\n'),
    images: [],
    attachments: [],
    wordCount: 200,
  };
}

/** Stored records for items [from, to), shaped exactly as saveCapture writes them. */
export function syntheticRecords(from: number, to: number): { clips: Clip[]; bodies: ClipBody[]; terms: ClipTerms[] } {
  const out = { clips: [] as Clip[], bodies: [] as ClipBody[], terms: [] as ClipTerms[] };
  for (let i = from; i < to; i++) {
    const id = `seed-${String(i).padStart(6, '0')}`;
    const r = clipRecordFrom(syntheticExtraction(i), { id, now: 1_700_000_000_000 + i * 1000, selectionOnly: false });
    out.clips.push({ ...r.fields, id, status: CLIP_STATUSES[i % CLIP_STATUSES.length]!, tags: [], unit: null, capturedAt: 1_700_000_000_000 + i * 1000 });
    out.bodies.push({ ...r.body, draft: null });
    out.terms.push(r.terms);
  }
  return out;
}

/** Writes `count` synthetic items into the extension's database through an extension page, 1,000 per transaction. */
export async function seedQueue(page: Page, count: number): Promise<void> {
  for (let from = 0; from < count; from += 1000) {
    const records = syntheticRecords(from, Math.min(count, from + 1000));
    await page.evaluate(async (rec) => {
      const open = indexedDB.open('tin-bai-cchc');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['clips', 'bodies', 'terms'], 'readwrite');
        for (const c of rec.clips) tx.objectStore('clips').put(c);
        for (const b of rec.bodies) tx.objectStore('bodies').put(b);
        for (const t of rec.terms) tx.objectStore('terms').put(t);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, records);
  }
}
