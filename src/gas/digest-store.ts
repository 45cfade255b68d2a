// Loads and saves the e-mail digest's settings in the document's properties (shared by every teammate).

import { DIGEST_PROPERTY_KEY, type DigestSettings, parseDigestSettings, serializeDigestSettings } from '../digest/settings';

export function loadDigestSettings(): DigestSettings {
  return parseDigestSettings(PropertiesService.getDocumentProperties().getProperty(DIGEST_PROPERTY_KEY));
}

export function saveDigestSettings(settings: DigestSettings): void {
  PropertiesService.getDocumentProperties().setProperty(DIGEST_PROPERTY_KEY, serializeDigestSettings(settings));
}
