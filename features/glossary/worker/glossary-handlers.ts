// The worker's side of the glossary: the popup's search, and the terms of a page's text.
import type { Glossary } from '../../../core/glossary/glossary';
import type { BackgroundProtocol } from '../../../protocol/messages';
import type { Handlers } from '../../../protocol/message-router';

export function glossaryHandlers(glossary: Glossary): Pick<Handlers<BackgroundProtocol>, 'searchGlossary' | 'findGlossaryTerms'> {
  return {
    searchGlossary: ({ query }) => glossary.search(query),
    findGlossaryTerms: ({ text }) => glossary.findTerms(text),
  };
}
