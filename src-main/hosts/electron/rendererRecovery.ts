import { dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';
import { APP_ORIGIN, isInAppUrl } from './windowPolicy';

/** The query the reloaded page reads to tell the user what happened (AppShell's notice). */
export const RECOVERED_QUERY = 'ripristino';

/**
 * A renderer that crashed (or was killed for lack of memory) would leave a blank window. The
 * first time it is reloaded on the same screen, with a notice; after a second crash the user
 * chooses, so a renderer that dies at every load does not loop.
 */
export function recoverFromRendererCrash(window: BrowserWindow): void {
  let crashes = 0;
  const reload = () => {
    if (window.isDestroyed()) return;
    // Back on the screen it showed (the hash route), never anywhere outside the app.
    const last = window.webContents.getURL();
    const url = new URL(isInAppUrl(last) ? last : `${APP_ORIGIN}/`);
    url.search = `?${RECOVERED_QUERY}=1`;
    void window.loadURL(url.href);
  };
  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    crashes += 1;
    if (crashes === 1) return reload();
    void dialog
      .showMessageBox(window, {
        type: 'error',
        title: 'Cassetto Enti',
        message: 'La finestra di Cassetto Enti si è interrotta di nuovo.',
        detail:
          'Le bozze salvate automaticamente sono al sicuro. Si può ricaricare la finestra oppure chiudere l’applicazione e riaprirla.',
        buttons: ['Ricarica', 'Chiudi'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      })
      .then(({ response }) => {
        if (response === 0) reload();
        else if (!window.isDestroyed()) window.close();
      });
  });
}
