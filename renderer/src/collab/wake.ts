/** Calls `fn` whenever the device comes back: the page turns visible, the network returns, or it is restored from the back-forward cache. */
export function onWake(fn: () => void): () => void {
  const visible = () => {
    if (document.visibilityState === 'visible') fn();
  };
  window.addEventListener('online', fn);
  window.addEventListener('pageshow', fn);
  document.addEventListener('visibilitychange', visible);
  return () => {
    window.removeEventListener('online', fn);
    window.removeEventListener('pageshow', fn);
    document.removeEventListener('visibilitychange', visible);
  };
}
