/** Escaping and the page frame shared by every page of the bridge. */
import { escapeHtml } from '../../shared/text/escapeHtml';

export { escapeHtml };

/**
 * No scripts at all; styles only from the bridge itself. Forms may post to the bridge and be
 * redirected to the app's loopback callback, whatever its port (browsers apply form-action to
 * the redirects that follow a submission).
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self' http://127.0.0.1:*",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': PAGE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export const STYLESHEET_PATH = '/assets/bridge.css';

export function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Ambiente di prova</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header class="banner"><p>Ambiente di prova: identità digitali simulate, nessun dato reale.</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}

export const STYLESHEET = `
*{box-sizing:border-box}
body{margin:0;font-family:"Titillium Web",system-ui,sans-serif;color:#1a1a1a;background:#f5f7fa;line-height:1.5}
.banner{background:#5c2f00;color:#fff;padding:.5rem 1rem;font-weight:600}
.banner p{margin:0}
main{max-width:38rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
h1{color:#06c;margin-top:0}
form{margin:1rem 0}
label,legend{display:block;font-weight:600;margin-bottom:.25rem}
select{width:100%;padding:.5rem;font-size:1rem}
fieldset{border:1px solid #ccc;padding:.75rem;margin:1rem 0}
fieldset label{font-weight:400;display:inline-block;margin-right:1rem}
button{font-size:1rem;padding:.6rem 1.2rem;border:2px solid #06c;border-radius:4px;background:#06c;color:#fff;cursor:pointer;min-width:12rem}
button.secondary{background:#fff;color:#06c}
button:focus-visible,select:focus-visible,input:focus-visible{outline:3px solid #f90;outline-offset:2px}
.actions{display:flex;gap:1rem;flex-wrap:wrap}
.alert{border-left:4px solid #d9364f;background:#fbe9ec;padding:.75rem;margin:1rem 0}
.hint{color:#5c6f82;font-size:.9rem}
`;
