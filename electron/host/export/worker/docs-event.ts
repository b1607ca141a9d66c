import * as Y from 'yjs';
import type { HostPerson } from '../../events/host-doc';
import { HOST_ROOM, readHostPeople } from '../../events/host-doc';
import type { HostedEvent } from '../../events/hosted-event';

/**
 * The part of a HostedEvent the export builders read (`doc`, `docs`, `people`), over copies of its
 * docs inside an export worker. No rooms, no event file, no persistence: nothing here can write back.
 */
export class DocsEvent implements Pick<HostedEvent, 'doc' | 'docs' | 'people'> {
  readonly docs = new Map<string, Y.Doc>();

  constructor(updates: readonly [string, Uint8Array][]) {
    for (const [rel, update] of updates) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      this.docs.set(rel, doc);
    }
  }

  doc(rel: string): Y.Doc {
    let doc = this.docs.get(rel);
    if (!doc) {
      doc = new Y.Doc();
      this.docs.set(rel, doc);
    }
    return doc;
  }

  get people(): HostPerson[] {
    return readHostPeople(this.doc(HOST_ROOM));
  }

  /** The builders are typed against HostedEvent; they use only what DocsEvent implements (checked above). */
  asHostedEvent(): HostedEvent {
    return this as unknown as HostedEvent;
  }
}
