// Copy buttons for the citations of claim reports (Pages/Claims/_Cite.cshtml). The citation text stays selectable
// without script; the button only appears when the clipboard can be written.
(function () {
    'use strict';
    if (!navigator.clipboard) return;
    document.querySelectorAll('button.copy-cite').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            var text = document.getElementById(button.dataset.target);
            if (!text) return;
            navigator.clipboard.writeText(text.value).then(function () {
                button.textContent = 'Copied';
            }, function () {
                text.select();
                button.textContent = 'Select and copy';
            });
        });
    });
})();
