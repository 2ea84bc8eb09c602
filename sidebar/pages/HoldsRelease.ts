// The Release hold… sidebar (sidebar/holds/page.ts serves Put on hold… and Release hold… alike).
import { startHoldsPage } from '../holds/page';

startHoldsPage('release');
