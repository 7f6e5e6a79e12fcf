import { useEffect, type RefObject } from 'react';

/** Where a `/` is text the user types, not a shortcut. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    // A listbox or menu uses typed characters to jump to an option.
    target.closest('[role="listbox"], [role="menu"], [role="combobox"]') !== null
  );
}

/** `/` anywhere on the page (outside a field) focuses the search, as on GitHub or MDN. */
export function useSlashToFocus(field: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || event.isComposing || isEditable(event.target)) return;
      const input = field.current;
      if (!input) return;
      event.preventDefault(); // or the `/` would be typed into the field it focuses
      input.focus();
      input.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [field]);
}
