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
  'app.missingToken.title': 'Sessione non riconosciuta',
  'app.missingToken.body':
    'Aprire l’indirizzo completo stampato all’avvio di Cassetto Enti (contiene la chiave di questa sessione).',
  'nav.label': 'Menu principale',
  'nav.home': 'Home',
  'nav.settings': 'Impostazioni',
  'about.version': 'Versione {version}',
  'about.mode.sandbox': 'Ambiente di prova',
  'about.mode.production': 'Ambiente di produzione',
  'notFound.title': 'Pagina non trovata',
} as const;
