import { defineConfig } from 'wxt';

/**
 * Host permissions are limited to the government sites editors read every day; any other page is
 * captured through `activeTab` (toolbar, context menu, keyboard command).
 */
const GOV_HOSTS = ['*://*.gov.vn/*', '*://*.chinhphu.vn/*', '*://baochinhphu.vn/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      // Chrome parses fetched pages in an offscreen document (its service worker has no DOM); Firefox's
      // background page parses them itself.
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    host_permissions: GOV_HOSTS,
    // An article's images may live on another host (a CDN, a newspaper's media server). Nothing is granted at
    // install: the clip view asks for that one host when an image failed for want of permission.
    // (Firefox's Manifest V2 lists optional hosts among optional_permissions.)
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'capture-current-tab': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: '__MSG_extName__' },
          browser_specific_settings: { gecko: { id: 'tin-bai-cchc@example.org' } },
        }
      : {}),
  }),
});
