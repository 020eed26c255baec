// Email settings of whoever network-service mails (bridge coordinators, case workers, advisory members): the address
// Keycloak gives, and which kinds of mail they want. The service says which kinds reach the caller's roles; unticking
// one mutes it (the live stream, where there is one, still shows it). Opening the page is also how network-service
// learns the address and language to use while Keycloak cannot be asked.
import { t } from '../i18n.js';
import { get, put } from '../api.js';
import { html, checkboxes, formError, onSubmit, announce } from '../ui.js';

const PREFERENCES = '/api/network/me/email-preferences';

export async function render(main) {
  draw(main, await get(PREFERENCES));
}

function draw(main, preferences) {
  const kinds = preferences.kinds || [];
  const wanted = kinds.filter((kind) => !(preferences.muted || []).includes(kind));
  main.innerHTML = html`
    <div class="page-head"><div><h1>${t('email.title')}</h1><p class="muted">${t('email.help')}</p></div></div>
    <section class="card narrow"><p id="email-address">${preferences.email
      ? t('email.address', { email: preferences.email }) : t('email.noAddress')}</p>
      <form id="email-form" class="form" novalidate>${formError()}
        <fieldset><legend>${t('email.wanted')}</legend>${checkboxes('wanted', 'mailKind', kinds, wanted)}</fieldset>
        <p><button class="button" type="submit">${t('app.save')}</button></p></form></section>`;
  onSubmit(main.querySelector('#email-form'), async (values) => {
    const ticked = values.wanted || [];
    const saved = await put(PREFERENCES, { muted: kinds.filter((kind) => !ticked.includes(kind)) });
    draw(main, saved);
    announce(t('app.saved'));
  });
}
