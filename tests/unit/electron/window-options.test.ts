import { describe, expect, it } from 'vitest';
import { chooseProjectorDisplay } from '../../../electron/main/display';
import { consoleWindowOptions, projectorWindowOptions, secureWebPreferences } from '../../../electron/main/window-options';

const display = (id: number, width: number, height: number, internal = false) => ({
  id,
  internal,
  bounds: { x: id * 10_000, y: 0, width, height },
});

describe('window options', () => {
  it('every window gets the full security checklist', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(consoleWindowOptions('/p', 'Veche').webPreferences).toEqual(secureWebPreferences('/p'));
    expect(projectorWindowOptions('/p', 'P', null).webPreferences).toEqual(secureWebPreferences('/p'));
  });

  it('the projector is fullscreen on the chosen display, an ordinary window without one', () => {
    const bounds = { x: 1920, y: 0, width: 1280, height: 720 };
    expect(projectorWindowOptions('/p', 'P', bounds)).toMatchObject({ ...bounds, fullscreen: true, frame: false });
    const single = projectorWindowOptions('/p', 'P', null);
    expect(single.fullscreen).toBeUndefined();
    expect(single.frame).toBeUndefined();
  });
});

describe('projector display', () => {
  it('with one display there is no projector display', () => {
    expect(chooseProjectorDisplay([display(1, 1920, 1080)], 1)).toBeNull();
    expect(chooseProjectorDisplay([], 1)).toBeNull();
  });

  it('never picks the primary display', () => {
    expect(chooseProjectorDisplay([display(1, 3840, 2160), display(2, 1024, 768)], 1)?.id).toBe(2);
  });

  it('prefers an external display, then the largest', () => {
    const laptop = display(2, 2560, 1600, true);
    const small = display(3, 1024, 768);
    const big = display(4, 1920, 1080);
    expect(chooseProjectorDisplay([display(1, 1920, 1080), laptop, small, big], 1)?.id).toBe(4);
    expect(chooseProjectorDisplay([display(1, 1920, 1080), laptop], 1)?.id).toBe(2);
  });
});
