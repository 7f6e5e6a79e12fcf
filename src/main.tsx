import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getSession } from './features/session/sessionStore';

/** A tab that remembered a demo session needs its mock service worker before the first request. */
async function prepare() {
  if (getSession()?.demo) {
    const { startDemoWorker } = await import('./mocks/browser');
    await startDemoWorker();
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

void prepare().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
