/* Accessible names for the admin's select2 autocompletes (companies, authors, deals,
   pictures...). select2 hides the real <select> and draws its own combobox, which it names
   after the current choice only: an empty one has no name at all, and a chosen one is
   read as "Acme Holdings" with nothing to say which field it is. Here each combobox (and
   the search box of a multiple choice) is labelled by the field's own <label> — on the
   form's rows, and in tabular inlines by the hidden per-cell label of
   templates/admin/edit_inline/tabular.html — followed by the current choice.

   select2 draws its widgets after this script runs, draws more for each inline row
   added, and redraws the "clear all" cross of a multiple choice on every change, so a
   MutationObserver labels whatever it adds. The cross is a <span> inside select2's list
   of choices, where a list may hold only items: hidden from assistive technology (the
   choices have their own remove crosses; this one is a mouse shortcut). Loaded on every
   admin page by templates/admin/base_site.html. */
'use strict';
{
    const labelFor = (select) => {
        if (!select.id) {
            return null;
        }
        const label = document.querySelector(`label[for="${CSS.escape(select.id)}"]`);
        if (label && !label.id) {
            label.id = `${select.id}-label`;
        }
        return label;
    };

    const name = (container) => {
        const select = container.previousElementSibling;
        if (!select || select.tagName !== 'SELECT') {
            return;
        }
        const label = labelFor(select);
        const fallback = select.getAttribute('aria-label');
        const selection = container.querySelector('.select2-selection');
        const rendered = container.querySelector('.select2-selection__rendered');
        const search = container.querySelector('.select2-search__field');
        const labelWith = (element, extra) => {
            if (!element) {
                return;
            }
            if (label) {
                element.setAttribute('aria-labelledby', [label.id, extra].filter(Boolean).join(' '));
            } else if (fallback) {
                element.setAttribute('aria-label', fallback);
            }
        };
        if (selection && selection.classList.contains('select2-selection--single')) {
            // "Lead image: Acme logo" — the label, then select2's own rendering of the choice.
            labelWith(selection, rendered && rendered.id);
            labelWith(rendered);
        } else {
            labelWith(selection);
            labelWith(search);
        }
        for (const cross of container.querySelectorAll('.select2-selection__clear')) {
            cross.setAttribute('aria-hidden', 'true');
        }
    };

    // An open list (appended to the page's end, away from its <select>): its search box
    // and its options are named by the same label, found through the list's id,
    // "select2-<select id>-results". An open combobox says which list it controls (select2
    // sets only aria-owns; ARIA 1.2 asks for aria-controls).
    const nameOpenList = () => {
        for (const list of document.querySelectorAll('.select2-results__options[id]')) {
            const match = /^select2-(.+)-results$/.exec(list.id);
            const select = match && document.getElementById(match[1]);
            const label = select && labelFor(select);
            if (!label) {
                continue;
            }
            list.setAttribute('aria-labelledby', label.id);
            const search = list.closest('.select2-dropdown').querySelector('.select2-search__field');
            if (search) {
                search.setAttribute('aria-labelledby', label.id);
            }
        }
        for (const selection of document.querySelectorAll('.select2-selection[role=combobox]')) {
            const owns = selection.getAttribute('aria-owns');
            if (selection.getAttribute('aria-expanded') === 'true' && owns) {
                selection.setAttribute('aria-controls', owns);
            } else {
                selection.removeAttribute('aria-controls');
            }
        }
    };

    const nameAll = () => {
        for (const container of document.querySelectorAll('.select2-container')) {
            name(container);
        }
        nameOpenList();
    };

    const start = () => {
        nameAll();
        new MutationObserver(nameAll).observe(document.body, {childList: true, subtree: true});
    };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}
