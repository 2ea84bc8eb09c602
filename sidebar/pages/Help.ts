import { callServer } from '../client';

const button = document.getElementById('set-up') as HTMLButtonElement;
const status = document.getElementById('status') as HTMLElement;

button.addEventListener('click', () => {
  button.disabled = true;
  status.textContent = 'Setting up…';
  callServer('setUpSheets')
    .then(() => {
      status.textContent = 'Done. See the message in the spreadsheet.';
    })
    .catch((error: Error) => {
      status.textContent = `Could not set up: ${error.message}`;
    })
    .finally(() => {
      button.disabled = false;
    });
});
