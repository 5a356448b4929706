import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { MissingToken } from './app/MissingToken';
import { ClientContext } from './ipc/ClientContext';
import { connect } from './ipc/client';
import { loadShippedFonts } from './styles/fonts';

loadShippedFonts();
const connection = connect();
const root = createRoot(document.getElementById('root') as HTMLElement);

root.render(
  <StrictMode>
    {connection.kind === 'missing-token' ? (
      <MissingToken />
    ) : (
      <ClientContext.Provider value={connection.client}>
        <App />
      </ClientContext.Provider>
    )}
  </StrictMode>,
);
