import { describe, expect, it } from 'vitest';
import {
  consoleUrl,
  decideNavigation,
  decideWindowOpen,
  isSafeExternalUrl,
  isTrustedSender,
  projectorEventId,
  projectorUrl,
  webOrigin,
} from '../../../electron/main/url-policy';
import type { EventId } from '@shared/ids';

const HOST = 'http://127.0.0.1:4321';

describe('url policy', () => {
  it('only http(s) URLs have a web origin', () => {
    expect(webOrigin('http://127.0.0.1:4321/x?y=1')).toBe(HOST);
    expect(webOrigin('file:///etc/passwd')).toBeNull();
    expect(webOrigin('javascript:alert(1)')).toBeNull();
    expect(webOrigin('not a url')).toBeNull();
  });

  it('navigation stays on the host; other web pages go to the browser; other schemes nowhere', () => {
    expect(decideNavigation(`${HOST}/event/abc`, HOST)).toBe('allow');
    expect(decideNavigation('http://127.0.0.1:4322/', HOST)).toBe('external');
    expect(decideNavigation('http://localhost:4321/', HOST)).toBe('external');
    expect(decideNavigation('https://example.org/', HOST)).toBe('external');
    expect(decideNavigation('file:///home/user/a.html', HOST)).toBe('deny');
    expect(decideNavigation('data:text/html,<script>1</script>', HOST)).toBe('deny');
    expect(decideNavigation('veche://open', HOST)).toBe('deny');
  });

  it('a host URL with credentials or a look-alike host is not the host', () => {
    // Credentials in a URL are a phishing trick: not the host, and not opened either.
    expect(decideNavigation('http://127.0.0.1:4321@evil.example/', HOST)).toBe('deny');
    expect(decideNavigation('http://127.0.0.1.evil.example:4321/', HOST)).toBe('external');
    expect(isSafeExternalUrl('http://user:pw@example.org/')).toBe(false);
  });

  it('opening the projector page from the console becomes the projector window', () => {
    expect(decideWindowOpen(`${HOST}/event/ev_1/projector`, HOST)).toEqual({ kind: 'projector', eventId: 'ev_1' });
    expect(decideWindowOpen(`${HOST}/event/ev_1/projector/?x=1`, HOST)).toEqual({ kind: 'projector', eventId: 'ev_1' });
  });

  it('other window.open calls: host pages allowed, web pages external, the rest denied', () => {
    expect(decideWindowOpen(`${HOST}/event/ev_1`, HOST)).toEqual({ kind: 'same-origin' });
    expect(decideWindowOpen('https://fond.example/', HOST)).toEqual({ kind: 'external', url: 'https://fond.example/' });
    expect(decideWindowOpen('file:///tmp/x', HOST)).toEqual({ kind: 'deny' });
    expect(decideWindowOpen('about:blank', HOST)).toEqual({ kind: 'deny' });
  });

  it('a projector path on another origin or with a bad id is not a projector', () => {
    expect(projectorEventId('http://evil.example/event/ev_1/projector', HOST)).toBeNull();
    expect(projectorEventId(`${HOST}/event/..%2f/projector`, HOST)).toBeNull();
    expect(projectorEventId(`${HOST}/event/a/b/projector`, HOST)).toBeNull();
  });

  it('IPC senders must be documents on the host origin', () => {
    expect(isTrustedSender(`${HOST}/`, HOST)).toBe(true);
    expect(isTrustedSender('http://192.168.1.5:4321/', HOST)).toBe(false);
    expect(isTrustedSender('about:blank', HOST)).toBe(false);
    expect(isTrustedSender(null, HOST)).toBe(false);
    expect(isTrustedSender(undefined, HOST)).toBe(false);
  });

  it('console and projector URLs carry the facilitator token', () => {
    expect(consoleUrl(HOST, 'tok')).toBe(`${HOST}/?token=tok`);
    expect(projectorUrl(HOST, 'ev_1' as EventId, 'tok')).toBe(`${HOST}/event/ev_1/projector?token=tok`);
  });
});
