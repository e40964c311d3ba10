/* The story form's writing aids (templates/admin/articles/article/change_form.html):
 * - "Suggest companies and deals": posts the text as typed (not saved) to the admin's
 *   suggest endpoint and shows the panels it returns above the form;
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
            });
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
        setUpSlug(form, box);
    });
}());
