/**
 * Test fixtures kept as the files they are (a ListaPosPA another tool wrote), imported as text
 * by Vitest, which Vite serves `?raw`; only test code imports them.
 */
declare module '*.xml?raw' {
  const text: string;
  export default text;
}
