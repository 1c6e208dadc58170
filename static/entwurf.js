// Drafting assistant: "Antwort als Markdown kopieren" buttons (the only script on the page).
// The buttons are hidden until this script runs, so the page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll(".treffer button.kopieren")) {
    const hit = button.closest(".treffer");
    const source = hit.querySelector("textarea.markdown");
    const status = hit.querySelector(".kopiert");
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(source.value);
        status.textContent = "Kopiert";
      } catch (error) {
        status.textContent = "Kopieren nicht möglich – bitte den Text markieren.";
      }
    });
  }
});
