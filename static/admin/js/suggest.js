/* The story form's writing aids (templates/admin/articles/article/change_form.html):
 * - "Suggest companies and deals": posts the text as typed (not saved) to the admin's
 *   suggest endpoint and shows the panels it returns above the form;
 * - the panels' one-click actions on unsaved text work on the form itself: "Link" fills
 *   a company-links row (a new one if none is empty; none if the company is already
 *   there), "Create deal" (editors) makes the deal through the admin's endpoint and
 *   selects it in "Deals reported", "Link story to this deal" selects a deal on file,
 *   "Propose to an editor" (writers) keeps the proposal in a hidden field: all of it is
 *   saved with the story (SuggestionPanelsMixin.save_related);
 * - the address as you type: while the slug box is untouched, fills it with the short
 *   address the headline would get; checks any address typed against the other stories.
 * No inline script and no eval, for the admin's Content-Security-Policy. Without
 * JavaScript, "Save and suggest" and the server's own slug rules do the same work.
 */
(function () {
    "use strict";

    function csrfToken(form) {
        var field = form.querySelector("input[name=csrfmiddlewaretoken]");
        return field ? field.value : "";
    }

    function debounce(fn, wait) {
        var timer = null;
        return function () {
            var args = arguments;
            clearTimeout(timer);
            timer = setTimeout(function () { fn.apply(null, args); }, wait);
        };
    }

    function value(form, name) {
        var field = form.elements[name];
        return field ? field.value : "";
    }

    function announce(box, text) {
        var status = box.querySelector(".suggest-status");
        if (status) { status.textContent = text; }
    }

    // The buttons that need this script are hidden in the HTML, and the words for
    // people without it are shown: swap them.
    function reveal(panel) {
        Array.prototype.forEach.call(panel.querySelectorAll("[data-action]"), function (el) {
            el.hidden = false;
        });
        Array.prototype.forEach.call(panel.querySelectorAll("[data-without-script]"), function (el) {
            el.hidden = true;
        });
        Array.prototype.forEach.call(panel.querySelectorAll("[data-with-script]"), function (el) {
            el.hidden = false;
        });
    }

    // An autocomplete select (select2) takes a new choice as an <option> plus "change".
    function choose(select, id, name) {
        var option = Array.prototype.find.call(select.options, function (o) {
            return o.value === String(id);
        });
        if (!option) {
            option = new Option(name, id, true, true);
            select.appendChild(option);
        }
        option.selected = true;
        if (window.django && window.django.jQuery) {
            window.django.jQuery(select).trigger("change");
        } else {
            select.dispatchEvent(new Event("change", {bubbles: true}));
        }
    }

    function keep(form, name, value) {
        var box = form.querySelector(".suggestion-choices");
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        (box || form).appendChild(input);
    }

    // The button is done: a line saying what happened takes its place (and the focus).
    function done(button, text, link) {
        var line = document.createElement("p");
        line.className = "why-not done";
        line.tabIndex = -1;
        line.textContent = text;
        if (link) {
            var a = document.createElement("a");
            a.href = link.url;
            a.textContent = link.name;
            line.textContent = "";
            line.append(link.before, a, link.after);
        }
        var hint = button.parentNode.querySelector("[data-without-script]");
        if (hint) { hint.remove(); }
        button.replaceWith(line);
        line.focus();
    }

    function companySelects(form) {
        return Array.prototype.filter.call(
            form.querySelectorAll("select[name^='company_links-'][name$='-company']"),
            function (select) { return select.name.indexOf("__prefix__") === -1; }
        );
    }

    function deleted(form, select) {
        var box = form.elements[select.name.replace(/-company$/, "-DELETE")];
        return Boolean(box && box.checked);
    }

    function linkCompany(form, box, button) {
        var id = button.dataset.company, name = button.dataset.name, role = button.dataset.role;
        var selects = companySelects(form);
        var already = selects.some(function (s) { return s.value === id && !deleted(form, s); });
        if (already) {
            done(button, name + " is already linked in the form.");
            return;
        }
        var target = selects.filter(function (s) { return s.value === "" && !deleted(form, s); })[0];
        if (!target) {
            var add = form.querySelector("#company_links-group .add-row a");
            if (!add) {
                announce(box, "No room for another company link: add a row below.");
                return;
            }
            add.click();
            selects = companySelects(form);
            target = selects[selects.length - 1];
        }
        choose(target, id, name);
        var roleSelect = form.elements[target.name.replace(/-company$/, "-role")];
        if (roleSelect && Array.prototype.some.call(roleSelect.options, function (o) {
            return o.value === role;
        })) {
            roleSelect.value = role;
            roleSelect.dispatchEvent(new Event("change", {bubbles: true}));
        }
        done(button, "Added to the form as “" + role + "”: linked when you save the story.");
        announce(box, name + " added to the story's companies; save the story to keep it.");
    }

    function selectDeal(form, id, name) {
        var deals = form.elements.deals;
        if (!deals) { return false; }
        choose(deals, id, name);
        return true;
    }

    function linkDeal(form, box, button) {
        if (!selectDeal(form, button.dataset.deal, button.dataset.name)) {
            announce(box, "This form has no “Deals reported” field.");
            return;
        }
        keep(form, "_on_file_deal", button.dataset.deal + ":" + button.dataset.fingerprint);
        done(button, "Selected in “Deals reported”: linked when you save the story.");
        announce(box, button.dataset.name + " selected; save the story to link it.");
    }

    function propose(form, box, button) {
        keep(form, "_propose_deal", button.dataset.fingerprint);
        done(button, "Proposed: sent to the editors when you save the story.");
        announce(box, "Deal proposed; save the story to send it to the editors.");
    }

    function createDeal(form, box, button) {
        var data = new FormData();
        ["headline", "standfirst", "body"].forEach(function (name) {
            data.append(name, value(form, name));
        });
        data.append("fingerprint", button.dataset.fingerprint);
        button.disabled = true;
        announce(box, "Creating the deal…");
        fetch(box.dataset.createDealUrl, {
            method: "POST",
            body: data,
            credentials: "same-origin",
            headers: {"X-CSRFToken": csrfToken(form), "Accept": "application/json"}
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (answer) {
                if (!response.ok) {
                    throw new Error(answer.error || response.statusText);
                }
                return answer;
            });
        }).then(function (deal) {
            selectDeal(form, deal.id, deal.name);
            keep(form, "_created_deal", deal.id + ":" + deal.fingerprint);
            done(button, "", {
                before: "Created ", url: deal.url, name: deal.name,
                after: ": linked to this story when you save it."
            });
            announce(box, "Created " + deal.name + "; save the story to link it.");
        }).catch(function (error) {
            button.disabled = false;
            announce(box, "No deal created: " + error.message);
        });
    }

    function setUpActions(form, box) {
        var panel = document.getElementById("suggestions");
        if (!panel) { return; }
        reveal(panel);
        panel.addEventListener("click", function (event) {
            var button = event.target.closest("button[data-action]");
            if (!button || !panel.contains(button)) { return; }
            var action = {
                "link-company": linkCompany,
                "link-deal": linkDeal,
                "create-deal": createDeal,
                "propose": propose
            }[button.dataset.action];
            if (action) { action(form, box, button); }
        });
    }

    function setUpSuggest(form, box) {
        var button = box.querySelector("[data-suggest]");
        var status = box.querySelector(".suggest-status");
        var panel = document.getElementById("suggestions");
        if (!button || !panel) { return; }
        button.hidden = false;
        button.addEventListener("click", function () {
            var data = new FormData();
            ["headline", "standfirst", "body"].forEach(function (name) {
                data.append(name, value(form, name));
            });
            Array.prototype.forEach.call(form.elements, function (field) {
                if (/^company_links-\d+-(company|DELETE)$/.test(field.name) &&
                    (field.type !== "checkbox" || field.checked)) {
                    data.append(field.name, field.value);
                }
                if (/^_(propose|created|on_file)_deal$/.test(field.name)) {
                    data.append(field.name, field.value);
                }
            });
            // The deals selected in the form, so a deal just linked is not offered again.
            data.append("_deals_sent", "1");
            if (form.elements.deals) {
                Array.prototype.forEach.call(form.elements.deals.selectedOptions, function (o) {
                    data.append("deals", o.value);
                });
            }
            data.append("object_id", box.dataset.objectId || "");
            button.disabled = true;
            status.textContent = "Reading the text…";
            fetch(box.dataset.suggestUrl, {
                method: "POST",
                body: data,
                credentials: "same-origin",
                headers: {"X-CSRFToken": csrfToken(form), "Accept": "text/html"}
            }).then(function (response) {
                if (!response.ok) {
                    return response.text().then(function (text) {
                        throw new Error(text || response.statusText);
                    });
                }
                return response.text();
            }).then(function (html) {
                panel.innerHTML = html;
                reveal(panel);
                status.textContent = "Suggestions updated above.";
                panel.focus();
                panel.scrollIntoView({block: "start"});
            }).catch(function (error) {
                status.textContent = "No suggestions: " + error.message;
            }).then(function () {
                button.disabled = false;
            });
        });
    }

    function setUpSlug(form, box) {
        var headline = form.elements.headline;
        var slug = form.elements.slug;
        if (!headline || !slug || !box.dataset.slugUrl) { return; }
        var note = document.createElement("p");
        note.className = "slug-check help";
        note.setAttribute("aria-live", "polite");
        slug.insertAdjacentElement("afterend", note);
        // Filled from the headline until the writer types an address of their own.
        var automatic = slug.value === "";

        function ask(params, done) {
            params.set("object_id", box.dataset.objectId || "");
            fetch(box.dataset.slugUrl + "?" + params.toString(), {
                credentials: "same-origin",
                headers: {"Accept": "application/json"}
            }).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (answer) {
                if (answer) { done(answer); }
            }).catch(function () { /* the server checks again on save */ });
        }

        headline.addEventListener("input", debounce(function () {
            if (!automatic) { return; }
            ask(new URLSearchParams({headline: headline.value}), function (answer) {
                slug.value = answer.slug;
                note.textContent = "";
            });
        }, 400));

        slug.addEventListener("input", debounce(function () {
            automatic = slug.value === "";
            if (automatic) { note.textContent = ""; return; }
            ask(new URLSearchParams({slug: slug.value}), function (answer) {
                note.textContent = answer.available ? "This address is free." : answer.message;
                note.classList.toggle("taken", !answer.available);
            });
        }, 400));
    }

    document.addEventListener("DOMContentLoaded", function () {
        var box = document.querySelector(".suggest-actions");
        var form = box && box.closest("form");
        if (!form) { return; }
        setUpSuggest(form, box);
        setUpActions(form, box);
        setUpSlug(form, box);
    });
}());
