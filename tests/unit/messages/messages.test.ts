import { describe, expect, it } from 'vitest';
import { isOffscreenRequest, isRequest, jobFromProgress, MAX_JOB_URLS } from '../../../lib/messages';

const URL_ = 'http://sonoivu.soctrang.gov.vn/tin/a-1.html';

describe('isRequest (the door check on messages)', () => {
  it.each([
    [{ type: 'capture-tab', tabId: 3 }, true],
    [{ type: 'capture-tab', tabId: '3' }, false],
    [{ type: 'list-links', tabId: 3 }, true],
    [{ type: 'list-links' }, false],
    [{ type: 'list-page', url: URL_ }, true],
    [{ type: 'list-page', url: 5 }, false],
    [{ type: 'capture-urls', urls: [URL_] }, true],
    [{ type: 'capture-urls', urls: [URL_], source: URL_ }, true],
    [{ type: 'capture-urls', urls: [] }, false],
    [{ type: 'capture-urls', urls: [URL_, 7] }, false],
    [{ type: 'capture-urls', urls: Array(MAX_JOB_URLS + 1).fill(URL_) }, false],
    [{ type: 'capture-urls', urls: [URL_], source: 1 }, false],
    [{ type: 'retry-job', jobId: 'abc' }, true],
    [{ type: 'retry-job', jobId: '' }, false],
    [{ type: 'extract-html', html: '<p>', url: URL_ }, false],
    [{ type: 'job-progress', job: {} }, false],
    [null, false],
  ])('%j → %s', (message, expected) => expect(isRequest(message)).toBe(expected));
});

describe('offscreen and progress messages', () => {
  it('the offscreen document answers only its own two requests', () => {
    expect(isOffscreenRequest({ type: 'extract-html', html: '<p>', url: URL_ })).toBe(true);
    expect(isOffscreenRequest({ type: 'find-links-html', html: '<p>', url: URL_ })).toBe(true);
    expect(isOffscreenRequest({ type: 'find-links-html', html: 1, url: URL_ })).toBe(false);
    expect(isOffscreenRequest({ type: 'capture-urls', urls: [URL_] })).toBe(false);
  });

  it('a progress message gives its job only when the job is well formed', () => {
    const job = { id: 'j', source: null, state: 'running', createdAt: 1, updatedAt: 2, items: [] };
    expect(jobFromProgress({ type: 'job-progress', job })).toEqual(job);
    expect(jobFromProgress({ type: 'job-progress', job: { ...job, items: 'x' } })).toBeNull();
    expect(jobFromProgress({ type: 'list-links', tabId: 1 })).toBeNull();
  });
});
