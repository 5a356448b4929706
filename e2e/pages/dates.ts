/** Dates as the user types and reads them: gg/mm/aaaa and mm/aaaa (the tests keep ISO inside). */
export const itDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');
export const itMonth = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
