import Dexie, { type EntityTable } from 'dexie';
import type { CaptureJob, Clip, ClipBody, ClipImage, ClipTerms, MetaEntry, StoredPlan } from './types';

/**
 * Every schema version the extension has shipped, oldest first. A version is never edited once released: a change
 * is a new entry whose `upgrade` calls a named pure function tested on its own (tests/unit/db/migrations.test.ts).
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      clips: 'id, &urlKey, canonicalKey, contentHash, capturedAt, status, site, day, *tags, unit',
      bodies: 'clipId',
      terms: 'clipId, *words',
    },
  },
  {
    // Issue 3: background captures of a listing page's links keep their progress here.
    version: 2,
    stores: {
      clips: 'id, &urlKey, canonicalKey, contentHash, capturedAt, status, site, day, *tags, unit',
      bodies: 'clipId',
      terms: 'clipId, *words',
      jobs: 'id, state, createdAt',
    },
  },
  {
    // Issue 3: the article's images saved with the item. Issue 4: the agency's plans, and small settings such as
    // the active plan and what tagging learned (key-value).
    version: 3,
    stores: {
      clips: 'id, &urlKey, canonicalKey, contentHash, capturedAt, status, site, day, *tags, unit',
      bodies: 'clipId',
      terms: 'clipId, *words',
      jobs: 'id, state, createdAt',
      images: 'id, clipId, state',
      plans: 'id, year',
      meta: 'key',
    },
  },
] as const;

/** The newest schema version. */
export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * The extension's database: the queue (clips, their bodies, search terms and saved images), the background capture
 * jobs, the agency's plans and small settings. Publications and tallies join in later versions.
 */
export class NewsDeskDb extends Dexie {
  clips!: EntityTable<Clip, 'id'>;
  bodies!: EntityTable<ClipBody, 'clipId'>;
  terms!: EntityTable<ClipTerms, 'clipId'>;
  jobs!: EntityTable<CaptureJob, 'id'>;
  images!: EntityTable<ClipImage, 'id'>;
  plans!: EntityTable<StoredPlan, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  /** Opens (lazily) the database with the given name; tests give each case its own. */
  constructor(name = 'tin-bai-cchc') {
    super(name);
    for (const v of SCHEMA_VERSIONS) this.version(v.version).stores(v.stores);
  }
}
