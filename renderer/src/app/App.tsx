import { Route, Switch } from 'wouter';
import type { EventId } from '../../../shared/ids';
import { ConsolePage } from '../features/console/ConsolePage';
import { JoinPage } from '../features/join/JoinPage';
import { JuryPage } from '../features/jury/JuryPage';
import { LibraryPage } from '../features/library/LibraryPage';
import { ParticipantPage } from '../features/participant/ParticipantPage';
import { ProjectorPage } from '../features/projector/ProjectorPage';
import { DesktopMenu } from './DesktopMenu';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFoundPage } from './NotFoundPage';

const asEvent = (id: string) => id as EventId;

/** Every screen of every role; the path is the only state a reload needs (identity is in storage). */
export function App() {
  return (
    <ErrorBoundary>
      <DesktopMenu />
      <Switch>
        <Route path="/">
          <LibraryPage />
        </Route>
        <Route path="/event/:id/projector">{(p) => <ProjectorPage eventId={asEvent(p.id)} />}</Route>
        <Route path="/event/:id">{(p) => <ConsolePage eventId={asEvent(p.id)} />}</Route>
        <Route path="/join/:code">{(p) => <JoinPage code={p.code} />}</Route>
        <Route path="/p/:id">{(p) => <ParticipantPage eventId={asEvent(p.id)} />}</Route>
        <Route path="/jury/:id">{(p) => <JuryPage eventId={asEvent(p.id)} />}</Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </ErrorBoundary>
  );
}
