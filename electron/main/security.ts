import type { Session, WebContents } from 'electron';
import { shell } from 'electron';
import type { EventId } from '@shared/ids';
import { withContentSecurityPolicy } from './headers';
import { decideNavigation, decideWindowOpen, isHostUrl } from './url-policy';
import { secureWebPreferences } from './window-options';

/**
 * The Electron security checklist, applied once per session and once per web contents.
 * Decisions are made by the pure functions in url-policy.ts; this file only wires them in.
 */

export function hardenSession(session: Session, hostOrigin: string): void {
  // The filter cannot express a port, so the origin is compared inside.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isHostUrl(details.url, hostOrigin)) return callback({});
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  // Nothing in Veche needs a camera, location, notifications or devices: refuse them all.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export type WebContentsPolicy = {
  hostOrigin: string;
  preloadPath: string;
  openProjector(eventId: EventId): void;
};

export function hardenWebContents(contents: WebContents, policy: WebContentsPolicy): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());

  const guard = (event: { url: string; preventDefault(): void }): void => {
    const decision = decideNavigation(event.url, policy.hostOrigin);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'external') void shell.openExternal(event.url);
  };
  // will-frame-navigate covers the main frame and every subframe; redirects are checked too.
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);

  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url, policy.hostOrigin);
    switch (decision.kind) {
      case 'projector':
        policy.openProjector(decision.eventId);
        return { action: 'deny' };
      case 'same-origin':
        return {
          action: 'allow',
          overrideBrowserWindowOptions: { webPreferences: secureWebPreferences(policy.preloadPath) },
        };
      case 'external':
        void shell.openExternal(decision.url);
        return { action: 'deny' };
      case 'deny':
        return { action: 'deny' };
    }
  });
}
