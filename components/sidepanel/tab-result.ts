/** The outcome of capturing one tab from the open-tabs list. */
export type TabResult =
  | { state: 'waiting' }
  | { state: 'working' }
  | { state: 'ok' }
  | { state: 'duplicate' }
  | { state: 'error'; message: string };
