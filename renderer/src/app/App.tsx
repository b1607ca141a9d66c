import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import type { EventId } from '@shared/ids';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFoundPage } from './NotFoundPage';
import { DesktopMenu, ConsolePage, JoinPage, JuryPage, LibraryPage, ParticipantPage, ProjectorPage } from './routes';

const asEvent = (id: string) => id as EventId;

/**
 * Every screen of every role; the path is the only state a reload needs (identity is in storage).
 * Each role's screen is its own chunk (routes.ts): a phone that scans the QR code downloads the
 * join page and the participant's board, never the console, the projector or the jury.
 */
export function App() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<RouteLoading />}>
        {window.veche && <DesktopMenu />}
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
      </Suspense>
    </ErrorBoundary>
  );
}

/** While a role's chunk arrives: an empty page marked busy, so nothing flashes on a fast network. */
function RouteLoading() {
  return <main className="page" aria-busy="true" data-testid="app.route-loading" />;
}
