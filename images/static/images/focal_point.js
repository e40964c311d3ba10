/* Choosing a picture's focal point by clicking it (the library's change page).
   No inline script, no dependency: works under a strict Content-Security-Policy. The two
   number fields stay usable without JavaScript. */
(function () {
  "use strict";

  function place(picker, x, y) {
    var mark = picker.querySelector(".focal-picker__mark");
    mark.style.left = (x * 100).toFixed(1) + "%";
    mark.style.top = (y * 100).toFixed(1) + "%";
  }

  function setUp(picker) {
    var xInput = document.getElementById(picker.dataset.xInput);
    var yInput = document.getElementById(picker.dataset.yInput);
    var img = picker.querySelector("img");
    if (!xInput || !yInput || !img) {
      return;
    }
    function fromInputs() {
      place(picker, parseFloat(xInput.value) || 0.5, parseFloat(yInput.value) || 0.5);
    }
    img.addEventListener("click", function (event) {
      var box = img.getBoundingClientRect();
      var x = Math.min(Math.max((event.clientX - box.left) / box.width, 0), 1);
      var y = Math.min(Math.max((event.clientY - box.top) / box.height, 0), 1);
      xInput.value = x.toFixed(3);
      yInput.value = y.toFixed(3);
      place(picker, x, y);
    });
    xInput.addEventListener("input", fromInputs);
    yInput.addEventListener("input", fromInputs);
    fromInputs();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-focal-picker]").forEach(setUp);
  });
})();
