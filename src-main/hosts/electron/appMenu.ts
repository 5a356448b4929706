import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuActions {
  version: string;
  /** 'Informazioni su Cassetto Enti': a dialog with the version. */
  showAbout(): void;
}

/**
 * The Italian application menu: Electron's standard roles (so shortcuts, copy and paste, zoom
 * and window handling behave as on every other desktop app), with Italian labels.
 */
export function appMenuTemplate({ version, showAbout }: AppMenuActions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = {
    label: `Informazioni su Cassetto Enti (versione ${version})`,
    click: showAbout,
  };
  return [
    {
      label: 'File',
      submenu: [{ role: 'quit', label: 'Esci' }],
    },
    {
      label: 'Modifica',
      submenu: [
        { role: 'undo', label: 'Annulla' },
        { role: 'redo', label: 'Ripeti' },
        { type: 'separator' },
        { role: 'cut', label: 'Taglia' },
        { role: 'copy', label: 'Copia' },
        { role: 'paste', label: 'Incolla' },
        { role: 'selectAll', label: 'Seleziona tutto' },
      ],
    },
    {
      label: 'Visualizza',
      submenu: [
        { role: 'reload', label: 'Ricarica' },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Dimensioni effettive' },
        { role: 'zoomIn', label: 'Ingrandisci' },
        { role: 'zoomOut', label: 'Riduci' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Schermo intero' },
      ],
    },
    {
      label: 'Finestra',
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: 'Riduci a icona' },
        { role: 'zoom', label: 'Zoom finestra' },
        { role: 'close', label: 'Chiudi' },
      ],
    },
    {
      label: 'Aiuto',
      role: 'help',
      submenu: [about],
    },
  ];
}
