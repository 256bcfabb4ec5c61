import { useEffect, useRef, useState } from 'react';
import { PHONE_QUERY, useMediaQuery } from '@/hooks/use-media-query';
import { formatNumber } from '@/lib/format';
import { useExplore, useRequestedView } from '@/hooks/portfolio/explore-context';
import { activeFilterLabels } from './filter-chips';
import { FilterPanel } from './filter-panel';
import { useT } from '@/hooks/i18n';

/**
 * The filter panel beside the screen; on a phone, behind a "Filters (n)" button that opens it as
 * a modal drawer (focus moves into it and stays there, Escape or Close shuts it and focus goes
 * back to the button), so the screen's content is the first thing on the page.
 */
export function ResponsiveFilters() {
  const phone = useMediaQuery(PHONE_QUERY);
  return phone ? <FilterDrawer /> : <FilterPanel />;
}

function FilterDrawer() {
  const { t } = useT();
  const { lang, funderNames } = useExplore();
  // The filters asked for, counted at once even while a Worker computes their view.
  const { filters } = useRequestedView();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const active = activeFilterLabels(filters, lang, t, funderNames).length;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button filter-drawer-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {t('filters.drawerButton', { count: active, n: formatNumber(active, lang) })}
      </button>
      <dialog
        ref={dialog}
        className="filter-drawer"
        // Named by the panel's own "Filters" heading.
        aria-labelledby="filters-heading"
        // Escape, or the dialog closed any other way: the button gets focus back.
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
      >
        <div className="filter-drawer-head">
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('filters.drawerClose')}
          </button>
        </div>
        {open ? <FilterPanel /> : null}
      </dialog>
    </>
  );
}
