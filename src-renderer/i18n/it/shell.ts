/** The app shell: header, navigation, banners, errors. */
export const shellMessages = {
  'app.name': 'Cassetto Enti',
  'app.tagline': 'Cassetto previdenziale – Gestione Dipendenti Pubblici',
  'app.slimBrand': 'INPS · Gestione Dipendenti Pubblici',
  'app.sandboxBanner.title': 'Ambiente di prova',
  'app.sandboxBanner': 'i dati sono simulati e nulla viene inviato all’INPS.',
  'app.skipToContent': 'Vai al contenuto principale',
  'app.loading': 'Caricamento in corso…',
  'app.unavailable': 'Il servizio dell’applicazione non risponde: {message}',
  'app.retry': 'Riprova',
  'app.recovered':
    'La finestra si era interrotta ed è stata ricaricata. Le bozze salvate automaticamente sono al sicuro: controllare l’ultima modifica fatta.',
  'app.missingToken.title': 'Sessione non riconosciuta',
  'app.missingToken.body':
    'Aprire l’indirizzo completo stampato all’avvio di Cassetto Enti (contiene la chiave di questa sessione).',
  'files.saved': 'File salvato: {file}.',
  'files.open': 'Apri',
  'files.showInFolder': 'Mostra nella cartella',
  'files.dismiss': 'Chiudi',
  'files.pick': 'Scegli file…',
  'nav.label': 'Menu principale',
  'nav.home': 'Home',
  'nav.settings': 'Impostazioni',
  'about.version': 'Versione {version}',
  'about.mode.sandbox': 'Ambiente di prova',
  'about.mode.production': 'Ambiente di produzione',
  'notFound.title': 'Pagina non trovata',
} as const;
