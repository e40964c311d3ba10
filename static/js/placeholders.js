// A library picture's placeholder colour while it loads: the server writes it in a
// data attribute (a style attribute would need 'unsafe-inline' in the CSP), painted here.
document.querySelectorAll("img[data-placeholder]").forEach(function (picture) {
    var colour = picture.getAttribute("data-placeholder");
    if (/^#[0-9a-f]{6}$/.test(colour)) {
        picture.style.backgroundColor = colour;
    }
});
