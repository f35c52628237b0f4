/**
 * The plan (issue 4): what an agency's yearly *Kế hoạch tuyên truyền CCHC* says the desk must do. These types know
 * no browser; `PlanDraft` is what reading a plan document yields before the coordinator checks it.
 */

/** One content area (*nội dung tuyên truyền*) that clipped items are tagged to. */
export interface ContentArea {
  /** Short title shown in lists: the item's first clause, shortened. */
  title: string;
  /** The item's full text as the plan words it (NFC). */
  text: string;
  /** A stable code such as `tthc` (built-in template areas have one; areas read from a plan may not). */
  code?: string;
  /** Phrases that suggest the area when tagging (NFC, matched without diacritics elsewhere). */
  keywords?: string[];
}

/** A unit (*phòng, đơn vị*) that contributes items or is answerable for part of the plan. */
export interface Unit {
  /** Full name as the plan writes it, e.g. "Phòng Quản lý Công nghệ và Chuyên ngành". */
  name: string;
  /** Short name used in tables and reports. */
  shortName?: string;
  /** Other spellings met in bylines ("P. QLCN&CN", "Văn phòng"). */
  aliases?: string[];
}

/** How long a quota's window is. */
export type QuotaPeriod = 'week' | 'month' | 'quarter' | 'half-year' | 'year';

/** What a quota counts: news items, articles, photos, broadcast issues. */
export type QuotaKind = 'tin' | 'bài' | 'ảnh' | 'số';

/** A minimum output: `count` items of the `what` kinds per `period`, for one unit or for every unit. */
export interface Quota {
  /** The unit's name, or null when the quota applies to each unit. */
  unit: string | null;
  /** Minimum number per period. */
  count: number;
  /** The window the count applies to. */
  period: QuotaPeriod;
  /** Which kinds count towards it; empty when the plan does not say ("1 lần/quý"). */
  what: QuotaKind[];
}

/** A report cadence the coordinator owes (*báo cáo định kỳ*). */
export type ReportCadence = 'month' | 'quarter' | 'half-year' | 'year';

/**
 * How reporting periods are cut: calendar months, or from a cut-off day (15 means the monthly report covers the
 * 15th of the previous month to the 14th of this one, the annual one 15/12 of the previous year to 14/12).
 */
export interface ReportingPeriods {
  /** Calendar periods or periods cut on a day of the month. */
  mode: 'calendar' | 'cut-off';
  /** Day of month that starts a period when `mode` is `cut-off` (1–28). */
  cutOffDay?: number;
  /** Which reports the plan asks for. */
  cadences: ReportCadence[];
}

/** A plan as the coordinator keeps it. */
export interface Plan {
  /** Plan title ("Tuyên truyền cải cách hành chính năm 2020"). */
  title: string;
  /** The year the plan covers. */
  year: number;
  /** Issuing agency ("Sở Khoa học và Công nghệ"). */
  issuer: string;
  /** Document number ("311/KH-SKH&CN"), null when the copy has none. */
  number: string | null;
  /** Date of issue as YYYY-MM-DD (day-first in the source), null when absent. */
  date: string | null;
  /** Content areas items are tagged to. */
  areas: ContentArea[];
  /** Units named in the plan. */
  units: Unit[];
  /** Minimum outputs. */
  quotas: Quota[];
  /** Reporting cadence and how periods are cut. */
  reporting: ReportingPeriods;
  /** Credit line template, e.g. "Nguồn: {site}" with {site}, {url}, {author}, {date}. */
  creditTemplate: string;
}

/** What reading a plan document yields: a Plan whose unknowns are null, for the coordinator to complete. */
export interface PlanDraft {
  /** Title, or null when no "KẾ HOẠCH" heading was found. */
  title: string | null;
  /** Year from the title or date line. */
  year: number | null;
  /** Issuing agency from the title or the preamble. */
  issuer: string | null;
  /** Document number, null when blank or absent. */
  number: string | null;
  /** Date of issue as YYYY-MM-DD. */
  date: string | null;
  /** Content areas from the section that lists them. */
  areas: ContentArea[];
  /** Units named as responsible. */
  units: Unit[];
  /** Every quota sentence found. */
  quotas: Quota[];
  /** Report cadences found ("báo cáo định kỳ hàng quý, 6 tháng, năm"); calendar mode unless a cut-off is named. */
  reporting: ReportingPeriods;
}
