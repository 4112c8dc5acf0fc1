// Word-list page entry: mounts the word list. Wiring only.
import { i18n } from '#i18n';
import { render } from 'preact';
import { WordListApp } from '../../features/word-list/ui/word-list-app';
import { followToneColors } from '../../components/tone-style';

followToneColors(document);

document.title = i18n.t('wordListTitle');
render(<WordListApp />, document.getElementById('app')!);
