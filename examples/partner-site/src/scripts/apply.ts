/** The membership form: applyForMembership from the browser, with the API's field errors shown
beside their fields and one idempotency key per application (a double click stores one). */
import { ApiError, ApplyForMembershipDocument } from "@alliance-cms/client-kit";
import { browserApi } from "./browser-api";

function newKey(): string {
  return crypto.randomUUID().replace(/-/g, "");
}

export function sendApplication(form: HTMLFormElement) {
  const result = form.querySelector<HTMLElement>(".result")!;
  let idempotencyKey = newKey();

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    for (const error of form.querySelectorAll(".field-error")) error.remove();
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const button = form.querySelector("button")!;
    button.disabled = true;
    try {
      const { applyForMembership } = await browserApi.request(ApplyForMembershipDocument, {
        input: {
          authorityName: text("authorityName"),
          kind: text("kind"),
          country: text("country").toUpperCase(),
          contactName: text("contactName"),
          contactRole: text("contactRole"),
          email: text("email"),
          phone: text("phone"),
          website: text("website"),
          motivation: text("motivation"),
          language: form.dataset.language!,
          consent: data.get("consent") === "on",
          idempotencyKey,
          honeypot: text("honeypot"),
        },
      });
      if (applyForMembership?.ok) {
        result.textContent = `${form.dataset.sent} ${applyForMembership.reference}.`;
        result.dataset.reference = applyForMembership.reference ?? "";
        form.reset();
        idempotencyKey = newKey();
        return;
      }
      result.textContent = form.dataset.failed ?? "";
      for (const error of applyForMembership?.errors ?? []) {
        const field = form.elements.namedItem(error.field);
        const message = document.createElement("span");
        message.className = "field-error";
        message.textContent = error.messages.join(" ");
        if (field instanceof HTMLElement) field.after(message);
        else result.append(" ", message);
      }
    } catch (error) {
      result.textContent = `${form.dataset.failed} ${error instanceof ApiError ? error.message : String(error)}`;
    } finally {
      button.disabled = false;
    }
  });
}
