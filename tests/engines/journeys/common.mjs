// What the journeys share: the app's fixed wording and small page facts.

export const LANDING = "Am I ready for a back-end job?";
export const NOT_FOUND = "We couldn't find that page";
// A site with a data file removed: the app shows its error, and the service worker's
// precache (which needs every file) fails to install, as it should.
export const BROKEN_SITE_ERRORS = /roles\.json|addAll/;

export const prefersDark = (driver) =>
  driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches");
