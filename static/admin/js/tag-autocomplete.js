/* Tag autocomplete on the story form.
 *
 * Suggests existing tags (starting with what is typed first, most used first) for the
 * tag being typed: the text after the last comma. Picking one puts it in the box with a
 * comma after it, so the next tag can follow. Without JavaScript the box is the plain
 * comma-separated text field it always was; nothing here is needed to save a story.
 *
 * Loaded as a static file (no inline script, so it runs under the Content-Security-
 * Policy); styles are set through the CSSOM, which the policy allows.
 */
"use strict";
(function () {
    function lastTerm(value) {
        return value.slice(value.lastIndexOf(",") + 1).trim();
    }

    function typedTags(value) {
        return value.split(",").slice(0, -1).map(function (name) {
            return name.trim().toLowerCase();
        });
    }

    function setup(input) {
        var url = input.dataset.tagAutocomplete;
        var list = document.createElement("ul");
        var timer = null;
        var controller = null;
        var active = -1;

        list.id = input.id + "-suggestions";
        list.setAttribute("role", "listbox");
        list.hidden = true;
        list.style.listStyle = "none";
        list.style.margin = "2px 0 0";
        list.style.padding = "0";
        list.style.maxWidth = "40em";
        list.style.border = "1px solid var(--border-color, #ccc)";
        list.style.background = "var(--body-bg, #fff)";
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-controls", list.id);
        input.setAttribute("aria-expanded", "false");
        input.insertAdjacentElement("afterend", list);

        function options() {
            return Array.prototype.slice.call(list.children);
        }

        function highlight(index) {
            options().forEach(function (option, i) {
                var on = i === index;
                option.setAttribute("aria-selected", String(on));
                option.style.background = on ? "var(--selected-bg, #e4e4e4)" : "";
            });
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options()[index].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function close() {
            list.hidden = true;
            list.replaceChildren();
            input.setAttribute("aria-expanded", "false");
            highlight(-1);
        }

        function choose(name) {
            var value = input.value;
            var cut = value.lastIndexOf(",");
            var head = cut >= 0 ? value.slice(0, cut + 1) + " " : "";
            // The comma after it also makes taggit read a name with spaces as one tag
            // when it is the only one (without a comma, taggit splits on spaces).
            input.value = head + name + ", ";
            close();
            input.focus();
        }

        function show(names) {
            var already = typedTags(input.value);
            list.replaceChildren();
            names.filter(function (name) {
                return already.indexOf(name.toLowerCase()) < 0;
            }).forEach(function (name, i) {
                var option = document.createElement("li");
                option.id = list.id + "-" + i;
                option.setAttribute("role", "option");
                option.textContent = name;
                option.style.padding = "4px 8px";
                option.style.cursor = "pointer";
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();  // keep the focus in the box
                    choose(name);
                });
                list.appendChild(option);
            });
            var any = list.children.length > 0;
            list.hidden = !any;
            input.setAttribute("aria-expanded", String(any));
            highlight(-1);
        }

        function lookUp() {
            var term = lastTerm(input.value);
            if (!term) {
                close();
                return;
            }
            if (controller) {
                controller.abort();
            }
            controller = new AbortController();
            fetch(url + "?q=" + encodeURIComponent(term), {
                credentials: "same-origin",
                headers: {Accept: "application/json"},
                signal: controller.signal,
            }).then(function (response) {
                return response.ok ? response.json() : {results: []};
            }).then(function (data) {
                show(data.results.map(function (result) {
                    return result.name;
                }));
            }).catch(function () {
                // A failed look-up leaves the plain text box, which is enough.
            });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(lookUp, 150);
        });
        input.addEventListener("keydown", function (event) {
            var count = list.children.length;
            if (list.hidden || !count) {
                return;
            }
            if (event.key === "ArrowDown") {
                event.preventDefault();
                highlight((active + 1) % count);
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                highlight((active - 1 + count) % count);
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();  // pick the tag, do not submit the form
                choose(options()[active].textContent);
            } else if (event.key === "Escape") {
                close();
            }
        });
        input.addEventListener("blur", close);
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("input[data-tag-autocomplete]").forEach(setup);
    });
})();
