import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { encodeNotice, MESSAGE_NOTICE, NOTICES, readNotice } from '@shared/protocol/notice';
import { useConnection } from '../../../renderer/src/collab/connection';
import { en } from '../../../renderer/src/i18n/en';
import { ru } from '../../../renderer/src/i18n/ru';

describe('host notices in the renderer', () => {
  it('a notice survives the wire and an unknown word from a newer host is ignored', () => {
    for (const n of NOTICES) {
      const d = decoding.createDecoder(encodeNotice(n));
      expect(decoding.readVarUint(d)).toBe(MESSAGE_NOTICE);
      expect(readNotice(d)).toBe(n);
    }
    const d = decoding.createDecoder(Uint8Array.of(MESSAGE_NOTICE, 3, 0x61, 0x62, 0x63));
    decoding.readVarUint(d);
    expect(readNotice(d)).toBeNull();
  });

  it('turns the notices into the "not being saved" and "refused" states the status bar shows, with words in ru and en', () => {
    const s = useConnection.getState();
    s.setNotice('storage-failing');
    expect(useConnection.getState().notSaving).toBe(true);
    s.setNotice('room-budget');
    expect(useConnection.getState().refused).toBe('room-budget');
    expect(ru.conn.refused['room-budget']).toMatch(/доске/);
    expect(en.conn.refused['room-budget']).toMatch(/board/);
    s.setNotice('storage-ok');
    expect(useConnection.getState()).toMatchObject({ notSaving: false, refused: null });
  });
});
