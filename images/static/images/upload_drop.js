/* Dropping a picture anywhere on the library's upload form puts it in the file field.
   (Browsers already accept a drop on the field itself; this widens the target.) No inline
   script, no dependency: works under a strict Content-Security-Policy. */
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    var input = document.querySelector('input[type="file"][name="file"]');
    var form = input && input.form;
    if (!form || typeof DataTransfer === "undefined") {
      return;
    }
    function over(event) {
      if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, "Files") >= 0) {
        event.preventDefault();
        form.classList.add("picture-drop--over");
      }
    }
    form.addEventListener("dragenter", over);
    form.addEventListener("dragover", over);
    form.addEventListener("dragleave", function (event) {
      if (event.target === form) {
        form.classList.remove("picture-drop--over");
      }
    });
    form.addEventListener("drop", function (event) {
      form.classList.remove("picture-drop--over");
      if (!event.dataTransfer || !event.dataTransfer.files.length || event.target === input) {
        return;
      }
      event.preventDefault();
      var files = new DataTransfer();
      files.items.add(event.dataTransfer.files[0]);
      input.files = files.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
  });
})();
