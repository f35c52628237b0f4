import { describe, expect, it } from 'vitest';
import { classifyTab } from '../../../components/sidepanel/tab-entry';

describe('classifyTab', () => {
  it.each([
    [{ id: 1, url: 'https://sonoivu.soctrang.gov.vn/tin-a', title: 'Tin A' }, 'ok'],
    [{ id: 2, url: 'http://baochinhphu.vn/b.htm', title: 'Tin B' }, 'ok'],
    [{ id: 3, title: undefined }, 'no-access'],
    [{ id: 4, url: '' }, 'no-access'],
    [{ id: 5, url: 'chrome://settings/' }, 'internal'],
    [{ id: 6, url: 'edge://newtab/' }, 'internal'],
    [{ id: 7, url: 'about:blank' }, 'internal'],
    [{ id: 8, url: 'file:///C:/tin.html' }, 'internal'],
    [{ id: 9, url: 'view-source:https://a.gov.vn/' }, 'internal'],
  ] as const)('%j → %s', (tab, access) => {
    expect(classifyTab(tab)?.access).toBe(access);
  });

  it.each([
    [{ id: 10, url: 'chrome-extension://abcdef/popup.html?tabId=1' }],
    [{ id: 11, url: 'moz-extension://1234/sidepanel.html' }],
    [{ url: 'https://a.gov.vn/' }],
    [{ id: -1, url: 'https://a.gov.vn/' }],
  ])('leaves out extension pages and tabs without an id: %j', (tab) => {
    expect(classifyTab(tab)).toBeNull();
  });

  it('keeps only web and data-image favicons', () => {
    expect(classifyTab({ id: 1, url: 'https://a.gov.vn/', favIconUrl: 'https://a.gov.vn/favicon.ico' })?.favIconUrl).toBe('https://a.gov.vn/favicon.ico');
    expect(classifyTab({ id: 1, url: 'https://a.gov.vn/', favIconUrl: 'javascript:alert(1)' })?.favIconUrl).toBeNull();
  });
});
