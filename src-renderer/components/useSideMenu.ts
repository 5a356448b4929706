import { useCallback, useState } from 'react';

const KEY = 'cassetto.menuLaterale';

/** Whether the side menu starts open: as the user left it, else open only on a wide window. */
function initial(): boolean {
  try {
    const stored = window.localStorage.getItem(KEY);
    if (stored === 'aperto') return true;
    if (stored === 'chiuso') return false;
  } catch {
    // Storage can be refused (privacy settings): the menu still works, unremembered.
  }
  return window.matchMedia('(min-width: 900px)').matches;
}

/** The side menu's open state, remembered on this computer across restarts. */
export function useSideMenu(): [boolean, () => void] {
  const [open, setOpen] = useState(initial);
  const toggle = useCallback(() => {
    setOpen((was) => {
      try {
        window.localStorage.setItem(KEY, was ? 'chiuso' : 'aperto');
      } catch {
        // See initial(): not remembered, still toggled.
      }
      return !was;
    });
  }, []);
  return [open, toggle];
}
